import { describe, expect, it } from "vitest";
import raw from "../../../data/investment.json";
import { investmentFileSchema, type InvestmentFile } from "../../data/schemas/investment";
import {
  allSources,
  amountAxis,
  blockWidth,
  columnX,
  countGroups,
  dealSectors,
  dealTally,
  fitPitch,
  inflowYears,
  knownSector,
  layoutBlocks,
  missingRuns,
  otherShareBlocks,
  sortedDeals,
  splitByYear,
  tallyShares,
  unitCell,
  unitColumns,
  unitSegments,
  unitSquares,
  unitsFor,
} from "./compute";

const file: InvestmentFile = investmentFileSchema.parse(raw);

describe("the unit chart's arithmetic", () => {
  it("gives one square per $100M, to the nearest square", () => {
    expect(unitsFor(25_300)).toBe(253);
    expect(unitsFor(150)).toBe(2);
    expect(unitsFor(149)).toBe(1);
    expect(unitsFor(40)).toBe(0);
  });

  it("draws the $25.3B tally as 253 unattributed squares: no source breaks it down by sector", () => {
    expect(tallyShares(file)).toEqual([]);
    expect(unitSegments(file.headline.value, tallyShares(file))).toEqual([{ sector: null, units: 253, value: null }]);
  });

  it("colours squares by sector only where shares break down that very figure", () => {
    const shares = [
      { sector: "oil-gas" as const, value: 10_000 },
      { sector: "mining" as const, value: 2_500 },
    ];
    expect(unitSegments(25_300, shares)).toEqual([
      { sector: "oil-gas", units: 100, value: 10_000 },
      { sector: "mining", units: 25, value: 2_500 },
      { sector: null, units: 128, value: null },
    ]);
    // Shares dated at the tally's last year and within it do break it down.
    const own = { ...file, sectorShares: file.sectorShares.map((s) => ({ ...s, asOf: "2023" })) };
    expect(tallyShares(own)).toHaveLength(5);
    expect(otherShareBlocks(own)).toEqual([]);
  });

  it("never lets shares claim more squares than the total has", () => {
    expect(unitSegments(1_000, [{ sector: "finance", value: 1_500 }])).toEqual([{ sector: "finance", units: 10, value: 1_500 }]);
  });

  it("draws the mid-2018 sector breakdown apart, as part of the $15.6B it describes", () => {
    const [block, ...rest] = otherShareBlocks(file);
    expect(rest).toEqual([]);
    expect(block?.asOf).toBe("2018-06");
    expect(block?.attributed).toBe(13_900);
    expect(block?.base?.id).toBe("stock-h1-2018");
    const segments = unitSegments(block!.base!.value, block!.shares);
    expect(segments.map((s) => [s.sector, s.units])).toEqual([
      ["transport-logistics", 49],
      ["mining", 26],
      ["finance", 22],
      ["construction", 21],
      ["manufacturing", 21],
      [null, 17],
    ]);
    expect(segments.reduce((n, s) => n + s.units, 0)).toBe(156);
  });

  it("fills columns of ten bottom-up, left to right", () => {
    expect(unitCell(0)).toEqual({ column: 0, row: 9 });
    expect(unitCell(9)).toEqual({ column: 0, row: 0 });
    expect(unitCell(10)).toEqual({ column: 1, row: 9 });
    expect(unitColumns(253)).toBe(26);
    const squares = unitSquares([
      { sector: "mining", units: 12, value: 1_200 },
      { sector: null, units: 3, value: null },
    ]);
    expect(squares).toHaveLength(15);
    expect(squares[11]).toEqual({ sector: "mining", column: 1, row: 8 });
    expect(squares[12]).toEqual({ sector: null, column: 1, row: 7 });
  });

  it("spaces groups of five columns ($5B) and fits the pitch to the width", () => {
    expect(columnX(4, 10, 6)).toBe(40);
    expect(columnX(5, 10, 6)).toBe(56);
    expect(blockWidth(26, 10, 6)).toBe(25 * 10 + 5 * 6 + 10);
    expect(fitPitch(300, [26], 6, 0, 24)).toBe(10);
    expect(fitPitch(2000, [26], 6, 0, 24)).toBe(24);
    const options = { maxPitch: 24, minSidePitch: 14, groupGap: 6, blockGap: 36 };
    expect(layoutBlocks([26, 16], 1240, options)).toMatchObject({ side: true, pitch: 24, lefts: [0, blockWidth(26, 24, 6) + 36] });
    expect(layoutBlocks([26, 16], 540, options)).toMatchObject({ side: false, pitch: 19, lefts: [0, 0] });
  });
});

describe("the other counts", () => {
  it("groups all 21 counts by kind, each led by its most recent", () => {
    const groups = countGroups(file.counts);
    expect(groups.map((g) => [g.kind, g.counts.length, g.lead.id])).toEqual([
      ["inflow", 7, "27bn-since-2005"],
      ["stock", 2, "edb-stock-mid-2025"],
      ["loans", 1, "claim-42-8bn-2017"],
      ["projects", 4, "capacity-projects-2024"],
      ["agreements", 5, "summit-deals-2025-06"],
      ["trackers", 2, "bri-engagement-h1-2025"],
    ]);
    expect(groups.reduce((n, g) => n + g.counts.length, 0)).toBe(file.counts.length);
    expect(groups[1]).toMatchObject({ min: 11_400, max: 15_600 });
  });

  it("knows the kind of every count in the shipped file, and puts an unknown one under other", () => {
    expect(file.counts.filter((c) => c.kind === undefined)).toEqual([]);
    const { kind: _kind, ...stray } = { ...file.counts[0]!, id: "new-count" };
    expect(countGroups([stray]).map((g) => g.kind)).toEqual(["other"]);
  });

  it("puts every count on one nice zero-based axis", () => {
    expect(amountAxis(42_800)).toEqual({ max: 50_000, ticks: [0, 10_000, 20_000, 30_000, 40_000, 50_000] });
    expect(amountAxis(1_804.1).max).toBe(2_000);
  });
});

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

describe("deals", () => {
  const deals = sortedDeals(file.deals);

  it("counts the deals and those with a disclosed amount", () => {
    expect(dealTally(deals)).toEqual({ count: 16, disclosed: 14 });
    expect(deals[0]?.id).toBe("aktobemunaigas-1997");
    expect(deals[deals.length - 1]?.id).toBe("china-energy-karaganda-wind-2024");
  });

  it("lists the sectors with deals and accepts only those from the URL", () => {
    expect(dealSectors(deals)).toEqual([
      { sector: "oil-gas", count: 7 },
      { sector: "refining", count: 2 },
      { sector: "mining", count: 1 },
      { sector: "renewables", count: 4 },
      { sector: "transport-logistics", count: 1 },
      { sector: "other", count: 1 },
    ]);
    expect(knownSector(deals, "mining")).toBe("mining");
    expect(knownSector(deals, "finance")).toBeNull();
    expect(knownSector(deals, "<script>")).toBeNull();
    expect(knownSector(deals, null)).toBeNull();
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
