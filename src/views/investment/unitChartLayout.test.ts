import { describe, expect, it } from "vitest";
import { FONT_SIZE, roomyWidth, tickStep, unitChartLayout } from "./unitChartLayout";
import type { UnitBlock } from "./UnitChart";

const block = (id: string, label: string, units: number): UnitBlock => ({ id, label, segments: [{ sector: null, units, value: null }] });
const blocks = [
  block("tally", "25,3 млрд $, 2005–2023: 253 шаршы", 253),
  block("other", "Басқа көрсеткіш: 15,6 млрд $ (2018 ж. маусым бойынша), салаларға бөлінген", 156),
];
const legend = [
  "Көлік және логистика: 4,9 млрд $",
  "Тау-кен өндірісі: 2,6 млрд $",
  "Салаға бөлінбеген (бірде-бір дереккөз саласын атамайды)",
];

describe("the unit chart's layout", () => {
  it("makes each legend column as wide as its longest label, so that no label runs into the next", () => {
    const layout = unitChartLayout(blocks, legend, 1000, "kk");
    const widest = Math.max(...legend.map((label) => roomyWidth(label, FONT_SIZE * layout.k)));
    expect(layout.legendColumns).toBeGreaterThan(1);
    expect(layout.legendAt(1).x - layout.legendAt(0).x).toBeGreaterThan(layout.swatch + 6 + widest);
    expect(layout.legendLines.every((lines) => lines.length === 1)).toBe(true);
  });

  it("wraps a legend label wider than a phone, and moves the rows after it down by its extra lines", () => {
    const layout = unitChartLayout(blocks, [legend[2] ?? "", ...legend.slice(0, 2)], 300, "kk");
    expect(layout.legendColumns).toBe(1);
    expect(layout.legendLines[0]?.length).toBeGreaterThan(1);
    for (const line of layout.legendLines[0] ?? [])
      expect(roomyWidth(line, FONT_SIZE * layout.k)).toBeLessThanOrEqual(300 - layout.swatch - 6);
    expect(layout.legendAt(1).y - layout.legendAt(0).y).toBeCloseTo(layout.legendAt(2).y - layout.legendAt(1).y + layout.legendLine);
    expect(layout.height).toBeGreaterThanOrEqual(layout.legendAt(2).y + layout.legendAt(2).y - layout.legendAt(1).y);
  });

  it("wraps each block's label to the width it has, measured in the text's own width rather than its letters", () => {
    const wide = (line: string) => line.length * 20;
    const layout = unitChartLayout(blocks, legend, 300, "kk", wide);
    for (const line of layout.lines.flat()) expect(line.includes(" ") ? wide(line) : 0).toBeLessThanOrEqual(300);
    expect(layout.lines[1]?.length).toBeGreaterThan(unitChartLayout(blocks, legend, 300, "kk").lines[1]?.length ?? 0);
  });
});

describe("tickStep", () => {
  it("labels every group where the labels fit, and every second or fifth where they are long", () => {
    expect(tickStep(60, 40, 6)).toBe(1);
    expect(tickStep(50, 60, 6)).toBe(2);
    expect(tickStep(20, 60, 6)).toBe(5);
    expect(tickStep(5, 60, 6)).toBe(20);
    expect(tickStep(0, 60, 6)).toBe(1);
  });
});
