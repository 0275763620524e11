import { describe, expect, it } from "vitest";
import raw from "../../../data/investment.json";
import { inLanguage } from "../../data/inLanguage";
import { investmentFileSchema, type InvestmentFile } from "../../data/schemas/investment";
import {
  blockWidth,
  columnX,
  fitPitch,
  layoutBlocks,
  otherShareBlocks,
  tallyShares,
  unitCell,
  unitColumns,
  unitSegments,
  unitsFor,
  unitSquares,
} from "./units";

const file: InvestmentFile = inLanguage(investmentFileSchema.parse(raw), "en");

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
