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

  it("grows from a smaller base where a page sets one (/present)", () => {
    expect(typeScaleOf(24, 16)).toBe(1.5);
    expect(typeScaleOf(16, 16)).toBe(1);
    expect(typeScaleOf(24, Number.NaN)).toBe(24 / LAPTOP_TEXT_PX);
  });

  it("falls back to 1 for a size that could not be read", () => {
    expect(typeScaleOf(Number.NaN)).toBe(1);
  });
});
