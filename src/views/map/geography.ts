import { queryOptions } from "@tanstack/react-query";
import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { z } from "zod/mini";
import { fetchDataset } from "../../data/fetchDataset";
import { localizedNameSchema } from "../../data/schemas/common";
import { localizedName } from "../../lib/localizedName";

/** Served at <base>data/geo/region.topo.json; built by `npm run geo:build` from Natural Earth. */
export const GEOGRAPHY_FILE = "geo/region.topo";

const pair = z.tuple([z.number(), z.number()]);
const arcIndexes = z.array(z.unknown());

/** A loose TopoJSON shape: enough to trust what the map reads, not a full TopoJSON validator. */
export const geographySchema = z.looseObject({
  type: z.literal("Topology"),
  transform: z.optional(z.looseObject({ scale: pair, translate: pair })),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.looseObject({
    countries: z.looseObject({
      type: z.literal("GeometryCollection"),
      geometries: z.array(
        z.looseObject({
          type: z.enum(["Polygon", "MultiPolygon"]),
          arcs: arcIndexes,
          properties: z.looseObject({ name: z.string().check(z.minLength(1)), names: z.optional(localizedNameSchema) }),
        }),
      ),
    }),
  }),
});
export type GeographyFile = z.infer<typeof geographySchema>;

/** The geometry never changes within a visit: fetched once, never refetched. */
export const geographyQuery = () =>
  queryOptions({
    queryKey: ["geography", "region"],
    queryFn: () => fetchDataset(GEOGRAPHY_FILE, geographySchema),
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export interface CountryProps {
  name: string;
  names?: { en: string; zh: string; ru: string; kk: string };
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

/** Natural Earth names of the two countries the map is about. */
export const FOCUS_COUNTRIES = ["Kazakhstan", "China"] as const;
export const isFocusCountry = (name: string) => (FOCUS_COUNTRIES as readonly string[]).includes(name);

export interface Geography {
  countries: CountryFeature[];
  /** Borders between two countries (the crop's straight edges are not borders and are left out). */
  borders: MultiLineString;
  /** The borders of Kazakhstan and China, drawn stronger. */
  focusBorders: MultiLineString;
}

/** GeoJSON from the validated topology: the country shapes and their shared borders. */
export function toGeography(file: GeographyFile): Geography {
  const topology = file as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const object = topology.objects.countries;
  const countries = feature(topology, object).features as CountryFeature[];
  const name = (g: { properties?: object | null }) => (g.properties as CountryProps | undefined)?.name ?? "";
  const borders = mesh(topology, object, (a, b) => a !== b);
  const focusBorders = mesh(topology, object, (a, b) => a !== b && (isFocusCountry(name(a)) || isFocusCountry(name(b))));
  return { countries, borders, focusBorders };
}

/** A country's name in the reader's language where the file has one, else Natural Earth's English. */
export function countryName(c: CountryProps, lang: string): string {
  return c.names ? localizedName(c.names, lang) : c.name;
}
