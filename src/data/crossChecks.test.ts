import { describe, expect, it } from "vitest";
import { formatIssue } from "./check/issue";
import {
  checkDates,
  checkDerivedMethods,
  checkInvestment,
  checkPlaces,
  checkSchemaRef,
  checkSourceIds,
  checkTimeline,
  checkTrade,
  checkUniqueIds,
  checkUnusedSources,
  citedSources,
  insideMapRegion,
  startOf,
} from "./crossChecks";
import type { InvestmentFile } from "./schemas/investment";
import type { PlaceFeature, PlacesFile } from "./schemas/places";
import type { TimelineFile, TimelineEvent, Level } from "./schemas/timeline";
import type { TradeFile, TradePoint } from "./schemas/trade";

const F = "data/x.json";
const text = (issues: ReturnType<typeof checkDates>) => issues.map(formatIssue);
const names = { en: "a", zh: "a", ru: "a", kk: "a" };

const point = (year: number, reporter: "cn" | "kz" = "cn"): TradePoint => ({
  year,
  value: 1,
  unit: "USD million",
  reporter,
  sources: ["s"],
  confidence: "verified",
});
const trade = (points: TradePoint[], id = "cn-total"): TradeFile => ({
  reporters: [{ id: "cn", name: "China customs", description: "d" }],
  series: [
    { id, reporter: "cn", flow: "total", label: "l", points },
    { id: "kz-total", reporter: "kz", flow: "total", label: "l", points: [point(2000, "kz")] },
  ],
  targets: [],
  reporterGap: { explanation: "e", sources: ["s"] },
});

describe("checkTrade", () => {
  it("accepts one reporter per series with ascending years", () => {
    expect(checkTrade(F, trade([point(1992), point(1993)]))).toEqual([]);
  });
  it("flags a point from the other reporter", () => {
    expect(text(checkTrade(F, trade([point(1992), point(1993, "kz")])))).toEqual([
      'data/x.json: series[0].points[1].reporter: expected "cn", the reporter of series "cn-total" (a series never mixes reporters), got "kz"',
    ]);
  });
  it("flags years out of order and a series id that hides its reporter", () => {
    const issues = text(checkTrade(F, trade([point(1993), point(1992)], "total")));
    expect(issues).toEqual([
      'data/x.json: series[0].id: expected an id starting with "cn-", the series\' reporter, got "total"',
      "data/x.json: series[0].points[1].year: expected a year after 1993 (years are unique and ascending), got 1992",
      'data/x.json: series: expected a series with id "cn-total" (the trade view relies on it), got none',
    ]);
  });
});

describe("checkSourceIds and checkUnusedSources", () => {
  const data = { series: [{ points: [{ sources: ["a", "b"], alternates: [{ sources: ["c"] }] }] }] };
  it("finds every cited id, including in alternates", () => {
    expect(citedSources(data).map((c) => c.id)).toEqual(["a", "b", "c"]);
  });
  it("flags ids sources.json does not list", () => {
    expect(text(checkSourceIds(F, data, new Set(["a", "c"])))).toEqual([
      'data/x.json: series[0].points[0].sources[1]: expected a source id listed in data/sources.json, got "b"',
    ]);
  });
  it("flags listed sources nothing cites", () => {
    const sources = { sources: [{ id: "a", publisher: "p", title: "t", date: null, url: null, language: "en", kind: "news" as const }] };
    expect(text(checkUnusedSources("data/sources.json", sources, new Set()))).toEqual([
      'data/sources.json: sources[0].id: expected a source cited by at least one dataset (or remove it), got "a"',
    ]);
  });
});

describe("checkDates", () => {
  it("flags years and dates outside 1950..2035", () => {
    expect(text(checkDates(F, { points: [{ year: 1949 }], setOn: "2036-01" }))).toEqual([
      "data/x.json: points[0].year: expected a year in 1950..2035, got 1949",
      'data/x.json: setOn: expected a date in the years 1950..2035, got "2036-01"',
    ]);
  });
  it("flags a precision that does not match the date, an end before the start and a backward period", () => {
    expect(text(checkDates(F, { date: "2005-07", precision: "day", endDate: "2005-06-30", period: { from: 2010, to: 2005 } }))).toEqual([
      'data/x.json: precision: expected "month", the precision of the date "2005-07", got "day"',
      'data/x.json: endDate: expected a date on or after the start date "2005-07", got "2005-06-30"',
      'data/x.json: period.to: expected a year on or after "from" (2010), got 2005',
    ]);
  });
  it("compares partial dates by their first day", () => {
    expect(startOf("2015")).toBe("2015-01-01");
    expect(startOf("2015-07")).toBe("2015-07-01");
    expect(startOf("2015-07-29")).toBe("2015-07-29");
  });
});

describe("checkDerivedMethods", () => {
  it("requires a method wherever confidence is derived", () => {
    expect(
      text(checkDerivedMethods(F, { inflows: [{ confidence: "derived" }, { confidence: "derived", method: "1.4 / 0.776" }] })),
    ).toEqual([
      'data/x.json: inflows[0].method: expected the method of a derived value, e.g. "20.4 / 1.45 using the reported +45% growth", got nothing',
    ]);
  });
});

describe("checkSchemaRef and checkUniqueIds", () => {
  it("requires the generated schema's relative path", () => {
    expect(checkSchemaRef(F, { $schema: "./schema/x.schema.json" }, "./schema/x.schema.json")).toEqual([]);
    expect(text(checkSchemaRef(F, {}, "./schema/x.schema.json"))).toEqual([
      'data/x.json: $schema: expected "./schema/x.schema.json", got nothing',
    ]);
  });
  it("names the first use of a repeated id", () => {
    expect(text(checkUniqueIds(F, [{ id: "a" }, { id: "b" }, { id: "a" }], ["deals"]))).toEqual([
      'data/x.json: deals[2].id: expected an id not already used (it is used at deals[0]), got "a"',
    ]);
  });
});

const level = (rank: number, id: Level["id"], date: string): Level => ({
  id,
  rank,
  date,
  precision: "day",
  name: names,
  description: "d",
  sources: ["s"],
  confidence: "verified",
});
const event = (id: string, date: string, levelId?: Level["id"]): TimelineEvent => ({
  id,
  date,
  precision: "day",
  category: "diplomacy",
  title: "t",
  description: "d",
  ...(levelId ? { level: levelId } : {}),
  sources: ["s"],
  confidence: "verified",
});

describe("checkTimeline", () => {
  const ok: TimelineFile = {
    levels: [level(1, "diplomatic-relations", "1992-01-03"), level(2, "strategic-partnership", "2005-07-04")],
    events: [event("a", "1992-01-03", "diplomatic-relations"), event("b", "2005-07-04", "strategic-partnership")],
  };
  it("accepts a climbing ladder whose rungs are events", () => {
    expect(checkTimeline(F, ok)).toEqual([]);
  });
  it("flags ranks out of order, a rung without its event and events out of date order", () => {
    const bad: TimelineFile = {
      levels: [level(2, "diplomatic-relations", "1992-01-03"), level(1, "strategic-partnership", "2005-07-04")],
      events: [event("b", "2005-07-04"), event("a", "1992-01-03", "diplomatic-relations")],
    };
    expect(text(checkTimeline(F, bad))).toEqual([
      "data/x.json: levels[0].rank: expected rank 1 (levels are listed in rank order, starting at 1), got 2",
      "data/x.json: levels[1].rank: expected rank 2 (levels are listed in rank order, starting at 1), got 1",
      'data/x.json: levels[1].id: expected exactly one event with level "strategic-partnership", got 0',
      'data/x.json: events[1].date: expected a date on or after 2005-07-04 (events are in date order), got "1992-01-03"',
    ]);
  });
});

const feature = (id: string, geometry: PlaceFeature["geometry"], dates?: PlaceFeature["properties"]["dates"]): PlaceFeature => ({
  type: "Feature",
  id,
  geometry,
  properties: {
    name: names,
    category: "city",
    status: "context",
    description: "d",
    ...(dates ? { dates } : {}),
    precision: "settlement",
    sources: ["s"],
    confidence: "verified",
  },
});

describe("checkPlaces", () => {
  it("knows the map region", () => {
    expect(insideMapRegion([80.4, 44.2])).toBe(true);
    expect(insideMapRegion([119.4, 34.7])).toBe(true);
    expect(insideMapRegion([44.2, 80.4])).toBe(false); // latitude and longitude swapped
  });
  it("flags coordinates outside it, at their exact index, and milestones out of order", () => {
    const places: PlacesFile = {
      type: "FeatureCollection",
      features: [
        feature("swapped", { type: "Point", coordinates: [44.22, 80.38] }),
        feature(
          "line",
          {
            type: "MultiLineString",
            coordinates: [
              [
                [80, 44],
                [81, 45],
              ],
              [
                [81, 45],
                [130, 45],
              ],
            ],
          },
          { agreed: "2010", operation: "2009-12" },
        ),
      ],
    };
    expect(text(checkPlaces(F, places))).toEqual([
      "data/x.json: features[0].geometry.coordinates: expected a [longitude, latitude] inside the map region (longitude 45..125, latitude 30..56), got [44.22,80.38]",
      "data/x.json: features[1].geometry.coordinates[1][1]: expected a [longitude, latitude] inside the map region (longitude 45..125, latitude 30..56), got [130,45]",
      'data/x.json: features[1].properties.dates.operation: expected a date on or after agreed (2010), got "2009-12"',
    ]);
  });
});

describe("checkInvestment", () => {
  const count = {
    id: "h",
    value: 1,
    unit: "USD million" as const,
    qualifier: "exact" as const,
    period: { from: 2005, to: 2023 },
    measures: "m",
    sources: ["s"],
    confidence: "verified" as const,
  };
  it("flags a count that reuses the headline's id and inflow years out of order", () => {
    const investment: InvestmentFile = {
      headline: count,
      counts: [count],
      inflows: [
        { year: 2022, value: 1400, unit: "USD million", sources: ["s"], confidence: "verified" },
        { year: 2021, value: 1800, unit: "USD million", sources: ["s"], confidence: "verified" },
      ],
      sectorShares: [],
      deals: [],
      companies: [],
    };
    expect(text(checkInvestment(F, investment))).toEqual([
      'data/x.json: counts[0].id: expected an id other than the headline\'s, got "h"',
      "data/x.json: inflows[1].year: expected a year after 2022 (years are unique and ascending), got 2021",
    ]);
  });
});
