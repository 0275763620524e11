import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { GeographyFile } from "../../data/geography";
import { localizedName } from "../../lib/localizedName";

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
