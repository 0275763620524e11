import { describe, expect, it } from "vitest";
import raw from "../../../data/investment.json";
import { inLanguage } from "../../data/inLanguage";
import { investmentFileSchema, type InvestmentFile } from "../../data/schemas/investment";
import { allSources, dealSectors, dealTally, sectorsParam, shownSectors, sortedDeals, splitByYear } from "./deals";

const file: InvestmentFile = inLanguage(investmentFileSchema.parse(raw), "en");

describe("deals", () => {
  const deals = sortedDeals(file.deals);

  it("counts the deals and those with a disclosed amount (AktobeMunaiGas's is a 20-year pledge, not a price)", () => {
    expect(dealTally(deals)).toEqual({ count: 16, disclosed: 13 });
    expect(deals[0]?.id).toBe("aktobemunaigas-1997");
    expect(deals[deals.length - 1]?.id).toBe("china-energy-karaganda-wind-2024");
  });

  it("lists the sectors with deals", () => {
    expect(dealSectors(deals)).toEqual([
      { sector: "oil-gas", count: 7 },
      { sector: "refining", count: 2 },
      { sector: "mining", count: 1 },
      { sector: "renewables", count: 4 },
      { sector: "transport-logistics", count: 1 },
      { sector: "other", count: 1 },
    ]);
  });

  it("shows the sectors the URL names among those with deals, and all of them if it names none", () => {
    const sectors = dealSectors(deals).map((s) => s.sector);
    expect(shownSectors(sectors, ["renewables", "mining"])).toEqual(["mining", "renewables"]);
    expect(shownSectors(sectors, ["mining", "finance"])).toEqual(["mining"]);
    expect(shownSectors(sectors, ["finance", "<script>"])).toEqual(sectors);
    expect(shownSectors(sectors, [])).toEqual(sectors);
  });

  it("writes the sectors shown for the URL: none while all are, else the shown ones sorted", () => {
    const sectors = dealSectors(deals).map((s) => s.sector);
    expect(sectorsParam(sectors, sectors)).toEqual([]);
    expect(sectorsParam(sectors, ["renewables", "mining"])).toEqual(["mining", "renewables"]);
    expect(sectorsParam(sectors, sectors.slice(1))).toEqual(["mining", "other", "refining", "renewables", "transport-logistics"]);
  });

  it("splits the deals at the focus year, that year included", () => {
    const { before, after } = splitByYear(deals, 2013);
    expect(before.map((d) => d.id).slice(-1)).toEqual(["kashagan-stake-2013"]);
    expect([before.length, after.length]).toEqual([9, 7]);
    expect(splitByYear(deals, null)).toEqual({ before: deals, after: [] });
  });

  it("collects every source the file cites, once", () => {
    const sources = allSources(file);
    expect(sources[0]).toBe("cgtn-2024-07-pragmatic-chapter");
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources).toContain("trend-2985543-finprom");
  });
});
