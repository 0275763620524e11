import { describe, expect, it } from "vitest";
import {
  checkDates,
  checkDerivedMethods,
  checkReprintConfidence,
  checkSchemaRef,
  checkSourceIds,
  checkUniqueIds,
  citedSources,
} from "./generic";
import { formatIssue, type Issue } from "./issue";

const F = "data/x.json";
const text = (issues: Issue[]) => issues.map(formatIssue);

describe("citedSources and checkSourceIds", () => {
  const data = { series: [{ points: [{ sources: ["a", "b"], alternates: [{ sources: ["c"] }] }] }] };
  it("finds every cited id, including in alternates", () => {
    expect(citedSources(data).map((c) => c.id)).toEqual(["a", "b", "c"]);
  });
  it("flags ids sources.json does not list", () => {
    expect(text(checkSourceIds(F, data, new Set(["a", "c"])))).toEqual([
      'data/x.json: series[0].points[0].sources[1]: expected a source id listed in data/sources.json, got "b"',
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

describe("checkReprintConfidence", () => {
  const tiers = new Map([
    ["games-site-copy", "reprint"],
    ["forum-copy", "reprint"],
    ["customs", "primary"],
  ]);
  it("flags a verified value whose every source is a reprint, and only that", () => {
    const data = {
      points: [
        { value: 41_020, sources: ["games-site-copy", "forum-copy"], confidence: "verified" },
        { value: 41_020, sources: ["games-site-copy", "customs"], confidence: "verified" },
        { value: 368, sources: ["forum-copy"], confidence: "secondary" },
      ],
    };
    expect(checkReprintConfidence("data/trade.json", data, tiers).map(formatIssue)).toEqual([
      'data/trade.json: points[0].confidence: expected "secondary" or lower (its only sources, games-site-copy, forum-copy, are reprints), or a source of another tier, got "verified"',
    ]);
  });
});
