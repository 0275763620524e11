import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DataError } from "./DataError";
import { geographyQuery, type GeographyFile } from "./geography";
import { geographySchema } from "./schemas/geography";

const text = readFileSync("data/geo/region.topo.json", "utf8");
const file = geographySchema.parse(JSON.parse(text));

afterEach(() => vi.unstubAllGlobals());

/** Runs the query's fetch-and-validate, as TanStack Query would. */
const runQuery = () => (geographyQuery().queryFn as unknown as () => Promise<GeographyFile>)();

describe("geographyQuery", () => {
  it("fetches <base>data/geo/region.topo.json once per visit", async () => {
    const fetchMock = vi.fn(async () => new Response(text));
    vi.stubGlobal("fetch", fetchMock);
    const q = geographyQuery();
    expect(q.queryKey).toEqual(["dataset", "geography"]);
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
