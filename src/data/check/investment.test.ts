import { describe, expect, it } from "vitest";
import type { InvestmentFile } from "../schemas/investment";
import { checkInvestment } from "./investment";
import { formatIssue, type Issue } from "./issue";

const F = "data/x.json";
const text = (issues: Issue[]) => issues.map(formatIssue);

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
