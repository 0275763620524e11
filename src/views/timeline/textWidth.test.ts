import { describe, expect, it } from "vitest";
import { canvasMeasure, estimateWidth, wrapWords } from "./textWidth";

describe("estimateWidth", () => {
  it("grows with the text and the font size, more for bold", () => {
    expect(estimateWidth("Strategic partnership", 16)).toBeGreaterThan(estimateWidth("Strategic", 16));
    expect(estimateWidth("Strategic", 20)).toBeCloseTo(estimateWidth("Strategic", 10) * 2);
    expect(estimateWidth("Strategic", 16, true)).toBeGreaterThan(estimateWidth("Strategic", 16));
  });

  it("counts a Chinese character as a full em", () => {
    expect(estimateWidth("战略伙伴关系", 10)).toBe(60);
  });

  it("is what canvasMeasure falls back to without a canvas", () => {
    expect(canvasMeasure("system-ui")).toBe(estimateWidth);
  });
});

describe("wrapWords", () => {
  const chars = (s: string) => s.length;

  it("breaks at spaces so that no line is wider than asked", () => {
    expect(wrapWords("Permanent comprehensive strategic partnership", 24, chars)).toEqual(["Permanent comprehensive", "strategic partnership"]);
    expect(wrapWords("Permanent comprehensive strategic partnership", 100, chars)).toEqual(["Permanent comprehensive strategic partnership"]);
  });

  it("keeps a word longer than the line whole, on its own line", () => {
    expect(wrapWords("a 永久全面战略伙伴关系 b", 4, chars)).toEqual(["a", "永久全面战略伙伴关系", "b"]);
  });
});
