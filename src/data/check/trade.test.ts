import { describe, expect, it } from "vitest";
import type { Composition, TradeFile, TradePoint } from "../schemas/trade";
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
  composition: [],
  shares: [],
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
  it("flags a second breakdown for the same direction and year, and a group listed twice", () => {
    const entry = (id: string, groups: string[]): Composition => ({
      id,
      direction: "kz-to-cn",
      year: 2022,
      groups: groups.map((g) => ({ id: g, label: g, sources: ["s"], confidence: "secondary" })),
    });
    const file = { ...trade([point(1992)]), composition: [entry("a", ["oil", "gas"]), entry("b", ["oil", "oil"])] };
    expect(text(checkTrade(F, file))).toEqual([
      'data/x.json: composition[1].year: expected one breakdown per direction and year (kz-to-cn 2022 is also "a"), got 2022',
      expect.stringContaining("composition[1].groups[1].id"),
    ]);
  });
  it("flags a share whose months fall outside its year", () => {
    const file = {
      ...trade([point(1992)]),
      shares: [
        {
          id: "s",
          of: "total" as const,
          year: 2023,
          period: { from: "2023-01", to: "2024-03" },
          value: 0.2,
          sources: ["s"],
          confidence: "secondary" as const,
        },
      ],
    };
    expect(text(checkTrade(F, file))).toEqual([
      'data/x.json: shares[0].period.to: expected a date in 2023, the share\'s year, got "2024-03"',
    ]);
  });
});
