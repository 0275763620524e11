import { describe, expect, it } from "vitest";
import type { TradeFile, TradePoint } from "../schemas/trade";
import { formatIssue, type Issue } from "./issue";
import { checkTrade } from "./trade";

const F = "data/x.json";
const text = (issues: Issue[]) => issues.map(formatIssue);

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
