import { describe, expect, it } from "vitest";
import { DEFAULT_BOX, DEFAULT_SLIDE_BOX, drawBox } from "./useElementSize";

describe("drawBox", () => {
  const measured = { ...DEFAULT_BOX, width: 612, height: 250, measured: true };

  it("draws a slide's chart at the default slide box until it is measured, filling its frame", () => {
    expect(drawBox(DEFAULT_BOX, true)).toEqual({ ...DEFAULT_SLIDE_BOX, fill: true });
  });

  it("draws at the measured box once measured, on a slide or not", () => {
    expect(drawBox(measured, true)).toEqual({ width: 612, height: 250, fill: false });
    expect(drawBox(measured, false)).toEqual({ width: 612, height: 250, fill: false });
  });

  it("leaves a chart that is not on a slide at the default box before it is measured", () => {
    expect(drawBox(DEFAULT_BOX, false)).toEqual({ width: DEFAULT_BOX.width, height: DEFAULT_BOX.height, fill: false });
  });
});
