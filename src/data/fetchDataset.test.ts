import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { FIXTURES } from "../../tests/fixtures/datasets";
import { stubDataFetch } from "../../tests/stubDataFetch";
import { DataError } from "./DataError";
import { datasetUrl, fetchDataset } from "./fetchDataset";
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

describe("fetchDataset", () => {
  it("fetches <base>data/<name>.json and returns the parsed data", async () => {
    respond('{"items":[{"year":1992}]}');
    await expect(fetchDataset("trade", schema)).resolves.toEqual({ items: [{ year: 1992 }] });
    expect(fetch).toHaveBeenCalledWith("/data/trade.json");
    expect(datasetUrl("places")).toBe("/data/places.json");
  });

  it("names the file and the path of a schema problem", async () => {
    respond('{"items":[{"year":1992},{"year":"1993"}]}');
    const error = await failure(fetchDataset("trade", schema));
    expect([error.kind, error.file, error.path]).toEqual(["schema", "data/trade.json", "items[1].year"]);
    expect(error.expected).toBe('expected a number, got "1993"');
  });

  it("reports invalid JSON", async () => {
    respond('{"items": [');
    const error = await failure(fetchDataset("timeline", schema));
    expect([error.kind, error.file, error.path]).toEqual(["json", "data/timeline.json", "line 1, column 12"]);
    expect(error.expected).toMatch(/^expected valid JSON \(.+\), got the end of the file$/);
  });

  it("reports an HTTP error and a network failure", async () => {
    respond("Not Found", 404);
    expect((await failure(fetchDataset("places", schema))).expected).toBe("the server answered HTTP 404");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    const error = await failure(fetchDataset("places", schema));
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
