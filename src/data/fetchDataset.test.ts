import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { FIXTURES } from "../../tests/fixtures/datasets";
import { stubDataFetch } from "../../tests/stubDataFetch";
import { DataError } from "./DataError";
import { datasetUrl, fetchDataset } from "./fetchDataset";
import { checkText, servedSchema } from "./validate/checkText";
import { inLanguage } from "./inLanguage";
import { DATASET_FILES, investmentQuery, placesQuery, sourcesQuery, timelineQuery, tradeQuery } from "./queries";

const schema = z.object({ items: z.array(z.object({ year: z.number().int() })) });

function respond(body: string, status = 200) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(body, { status })),
  );
}

async function failure(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe("checkText", () => {
  it("returns the parsed value of a file that fits its schema", () => {
    expect(checkText("data/trade.json", '{"items":[{"year":1992}]}', schema)).toEqual({ ok: true, value: { items: [{ year: 1992 }] } });
  });

  it("names the file and the path of a schema problem", () => {
    const checked = checkText("data/trade.json", '{"items":[{"year":1992},{"year":"1993"}]}', schema);
    expect(checked).toEqual({
      ok: false,
      kind: "schema",
      issues: [{ file: "data/trade.json", path: "items[1].year", expected: "a number", got: '"1993"' }],
    });
  });

  it("reports invalid JSON with its line and column", () => {
    const checked = checkText("data/timeline.json", '{"items": [', schema);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect([checked.kind, checked.issues[0]?.path, checked.issues[0]?.got]).toEqual(["json", "line 1, column 12", "the end of the file"]);
  });

  it("checks a page's copy of a dataset with each text in one language, and the map's shapes as they are", () => {
    expect(checkText("data/ru/timeline.json", JSON.stringify(inLanguage(FIXTURES.timeline, "ru")), servedSchema("timeline")).ok).toBe(true);
    expect(checkText("data/timeline.json", JSON.stringify(FIXTURES.timeline), servedSchema("timeline")).ok).toBe(false);
    expect(checkText("data/geo/region.topo.json", '{"type":"Topology","arcs":[],"objects":{}}', servedSchema("geography")).ok).toBe(false);
  });
});

describe("fetchDataset", () => {
  it("fetches <base>data/<path>.json and returns the checked data", async () => {
    respond(JSON.stringify(FIXTURES.sources));
    await expect(fetchDataset("sources", "sources")).resolves.toEqual(FIXTURES.sources);
    expect(fetch).toHaveBeenCalledWith("/data/sources.json");
    expect(datasetUrl("places")).toBe("/data/places.json");
  });

  it("fails with the file's first problem, and the others as more", async () => {
    respond(JSON.stringify({ ...FIXTURES.sources, sources: "none", extra: 1 }));
    const error = await failure(fetchDataset("sources", "sources"));
    expect([error.kind, error.file]).toEqual(["schema", "data/sources.json"]);
    expect(error.more.length).toBeGreaterThan(0);
  });

  it("reports invalid JSON", async () => {
    respond('{"items": [');
    const error = await failure(fetchDataset("en/timeline", "timeline"));
    expect([error.kind, error.file, error.path]).toEqual(["json", "data/en/timeline.json", "line 1, column 12"]);
    expect(error.expected).toMatch(/^expected valid JSON \(.+\), got the end of the file$/);
  });

  it("reports an HTTP error and a network failure", async () => {
    respond("Not Found", 404);
    expect((await failure(fetchDataset("en/places", "places"))).expected).toBe("the server answered HTTP 404");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    const error = await failure(fetchDataset("en/places", "places"));
    expect([error.kind, error.expected]).toEqual(["network", "Failed to fetch"]);
  });
});

describe("dataset queries", () => {
  const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

  it("each load and validate their own file, once per visit", async () => {
    const fetchMock = stubDataFetch();
    const cache = client();
    const loadAll = async () => [
      await cache.fetchQuery(tradeQuery("en")),
      await cache.fetchQuery(investmentQuery("en")),
      await cache.fetchQuery(timelineQuery("en")),
      await cache.fetchQuery(placesQuery("en")),
      await cache.fetchQuery(sourcesQuery()),
    ];
    const inEnglish = [FIXTURES.trade, FIXTURES.investment, FIXTURES.timeline, FIXTURES.places].map((file) => inLanguage(file, "en"));
    expect(await loadAll()).toEqual([...inEnglish, FIXTURES.sources]);
    const files = ["en/trade", "en/investment", "en/timeline", "en/places", "sources"];
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(files.map((name) => `/data/${name}.json`));
    // The files are static: asking again, later in the visit, does not download them again.
    await loadAll();
    expect(fetchMock).toHaveBeenCalledTimes(DATASET_FILES.length);
  });

  it("read a page's own language only, each text in it", async () => {
    const fetchMock = stubDataFetch();
    const timeline = await client().fetchQuery(timelineQuery("kk"));
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(["/data/kk/timeline.json"]);
    expect(timeline.levels.map((level) => level.name)).toEqual(FIXTURES.timeline.levels.map((level) => level.name.kk));
  });

  it("refuse a file with every language where one language is due: each text is one string", async () => {
    respond(JSON.stringify(FIXTURES.timeline));
    const error = await failure(client().fetchQuery(timelineQuery("zh")));
    expect([error.kind, error.file, error.path]).toEqual(["schema", "data/zh/timeline.json", "levels[0].name"]);
  });

  it("fail with the file's own error when its data does not fit the schema", async () => {
    stubDataFetch({ timeline: { status: 200, body: JSON.stringify({ levels: [], events: [] }) } });
    const error = await failure(client().fetchQuery(timelineQuery("en")));
    expect([error.kind, error.file, error.path]).toEqual(["schema", "data/en/timeline.json", "levels"]);
  });
});
