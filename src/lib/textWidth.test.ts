import { describe, expect, it } from "vitest";
import { canvasMeasure, estimateWidth } from "./textWidth";

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
