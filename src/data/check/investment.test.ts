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

  it("flags a deal whose text calls its amount a commitment or pledge but draws it as money that changed hands", () => {
    const deal = {
      id: "d",
      date: "1997-06",
      precision: "month" as const,
      title: "t",
      description: "CNPC acquires 60.3% of AktobeMunaiGas, committing $4.3 billion over 20 years.",
      parties: ["CNPC"],
      sector: "oil-gas" as const,
      kind: "acquisition" as const,
      amount: 4300,
      unit: "USD million" as const,
      sources: ["s"],
      confidence: "verified" as const,
    };
    const file = (deals: InvestmentFile["deals"]): InvestmentFile => ({
      headline: count,
      counts: [],
      inflows: [],
      sectorShares: [],
      deals,
      companies: [],
    });
    expect(text(checkInvestment(F, file([deal])))).toEqual([
      'data/x.json: deals[0].amountKind: expected "commitment" (the deal\'s text calls its amount a commitment or pledge, which is not drawn beside prices and loans), got "transaction"',
    ]);
    expect(checkInvestment(F, file([{ ...deal, amountKind: "commitment" }]))).toEqual([]);
    // Undisclosed, there is nothing to draw; and a price whose text says nothing of a pledge is left alone.
    expect(checkInvestment(F, file([{ ...deal, amount: null }]))).toEqual([]);
    expect(checkInvestment(F, file([{ ...deal, description: "CNPC buys PetroKazakhstan for $4.18 billion." }]))).toEqual([]);
  });
});
