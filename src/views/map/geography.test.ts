import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DataError } from "../../data/DataError";
import { countryName, geographyQuery, geographySchema, toGeography, type GeographyFile } from "./geography";
import { shippedGeographyText } from "../../../tests/fixtures/shipped";

const text = shippedGeographyText();
const file = geographySchema.parse(JSON.parse(text));

afterEach(() => vi.unstubAllGlobals());

/** Runs the query's fetch-and-validate, as TanStack Query would. */
const runQuery = () => (geographyQuery().queryFn as unknown as () => Promise<GeographyFile>)();

describe("the shipped country shapes (data/geo/region.topo.json)", () => {
  const geography = toGeography(file);
  const names = geography.countries.map((c) => c.properties.name);

  it("hold Kazakhstan, China and the neighbours the frame shows, and nothing far away", () => {
    for (const name of [
      "Kazakhstan",
      "China",
      "Russia",
      "Mongolia",
      "Kyrgyzstan",
      "Uzbekistan",
      "Turkmenistan",
      "Tajikistan",
      "Afghanistan",
      "Pakistan",
      "India",
      "Iran",
      "Japan",
      "South Korea",
      "North Korea",
      "Vietnam",
      "Myanmar",
      "Azerbaijan",
    ])
      expect(names).toContain(name);
    for (const far of ["Brazil", "France", "Australia", "Nigeria"]) expect(names).not.toContain(far);
  });

  it("are cropped: no shape reaches beyond the frame's longitudes and latitudes", () => {
    const coordinates = geography.countries.flatMap((c) =>
      (c.geometry.type === "Polygon" ? [c.geometry.coordinates] : c.geometry.coordinates).flat(2),
    ) as unknown as [number, number][];
    const lons = coordinates.map((p) => p[0]);
    const lats = coordinates.map((p) => p[1]);
    expect(Math.min(...lons)).toBeGreaterThan(25);
    expect(Math.max(...lons)).toBeLessThan(160);
    expect(Math.min(...lats)).toBeGreaterThan(0);
    expect(Math.max(...lats)).toBeLessThan(70);
  });

  it("stay small: under 80 kB, under 25 kB gzipped", () => {
    expect(text.length).toBeLessThan(80_000);
    expect(gzipSync(text).length).toBeLessThan(25_000);
  });

  it("give the shared borders, Kazakhstan's and China's apart", () => {
    expect(geography.borders.coordinates.length).toBeGreaterThan(geography.focusBorders.coordinates.length);
    expect(geography.focusBorders.coordinates.length).toBeGreaterThan(0);
  });

  it("name Kazakhstan and China in every language, the others in Natural Earth's English", () => {
    const kz = geography.countries.find((c) => c.properties.name === "Kazakhstan")!.properties;
    const cn = geography.countries.find((c) => c.properties.name === "China")!.properties;
    const mn = geography.countries.find((c) => c.properties.name === "Mongolia")!.properties;
    expect(["en", "zh", "ru", "kk"].map((l) => countryName(kz, l))).toEqual(["Kazakhstan", "哈萨克斯坦", "Казахстан", "Қазақстан"]);
    expect(["en", "zh", "ru", "kk"].map((l) => countryName(cn, l))).toEqual(["China", "中国", "Китай", "Қытай"]);
    expect(countryName(mn, "zh")).toBe("Mongolia");
  });
});

describe("geographyQuery", () => {
  it("fetches <base>data/geo/region.topo.json once per visit", async () => {
    const fetchMock = vi.fn(async () => new Response(text));
    vi.stubGlobal("fetch", fetchMock);
    const q = geographyQuery();
    expect(q.queryKey).toEqual(["geography", "region"]);
    expect(q.staleTime).toBe(Infinity);
    expect(q.refetchOnWindowFocus).toBe(false);
    const data = await runQuery();
    expect(fetchMock).toHaveBeenCalledWith("/data/geo/region.topo.json");
    expect(data.objects.countries.geometries.length).toBe(file.objects.countries.geometries.length);
  });

  it("names the file and the field when the shapes are not a topology", async () => {
    const broken = JSON.parse(text);
    broken.objects.countries.geometries[3].properties = {};
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify(broken))),
    );
    const error = await runQuery().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect([(error as DataError).file, (error as DataError).path]).toEqual([
      "data/geo/region.topo.json",
      "objects.countries.geometries[3].properties.name",
    ]);
  });

  it("reports a missing file as a network problem", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("Not Found", { status: 404 })),
    );
    const error = (await runQuery().catch((e: unknown) => e)) as DataError;
    expect([error.kind, error.expected]).toEqual(["network", "the server answered HTTP 404"]);
  });
});
