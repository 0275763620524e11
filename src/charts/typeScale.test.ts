import { describe, expect, it } from "vitest";
import { LAPTOP_TEXT_PX, typeScaleOf } from "./typeScale";

describe("typeScaleOf", () => {
  it("is 1 for a phone's and a laptop's text", () => {
    expect(typeScaleOf(16)).toBe(1);
    expect(typeScaleOf(17.76)).toBe(1);
    expect(typeScaleOf(LAPTOP_TEXT_PX)).toBe(1);
  });

  it("grows with a big screen's or the projector theme's larger text", () => {
    expect(typeScaleOf(22.5)).toBe(1.25);
    expect(typeScaleOf(36)).toBe(2);
  });

  it("falls back to 1 for a size that could not be read", () => {
    expect(typeScaleOf(Number.NaN)).toBe(1);
  });
});
