import { describe, expect, it } from "vitest";
import raw from "../../../data/investment.json";
import { inLanguage } from "../../data/inLanguage";
import { investmentFileSchema, type InvestmentFile } from "../../data/schemas/investment";
import { inflowYears, missingRuns } from "./inflows";

const file: InvestmentFile = inLanguage(investmentFileSchema.parse(raw), "en");

describe("yearly inflows", () => {
  it("spans the published years and the tally's period, with the missing years as runs", () => {
    const years = inflowYears(file);
    expect(years).toEqual([1993, 2023]);
    expect(missingRuns(file.inflows, years)).toEqual([
      [1994, 2004],
      [2006, 2020],
    ]);
  });
});
