import { describe, expect, it } from "vitest";
import { placeTooltip } from "./tooltipPosition";

const bounds = { width: 600, height: 400 };
const box = { width: 160, height: 80 };

describe("placeTooltip", () => {
  it("sits above the point, centred, clear of it", () => {
    expect(placeTooltip({ x: 300, y: 200 }, box, bounds)).toEqual({ left: 220, top: 106, side: "above" });
  });

  it("goes beside the point when there is no room above: right, else left", () => {
    expect(placeTooltip({ x: 300, y: 40 }, box, bounds)).toEqual({ left: 314, top: 0, side: "right" });
    expect(placeTooltip({ x: 500, y: 60 }, box, bounds)).toEqual({ left: 326, top: 20, side: "left" });
  });

  it("goes below when it fits neither above nor beside", () => {
    const wide = { width: 500, height: 80 };
    expect(placeTooltip({ x: 300, y: 40 }, wide, bounds)).toEqual({ left: 50, top: 54, side: "below" });
  });

  it("stays inside the container at the edges", () => {
    expect(placeTooltip({ x: 5, y: 200 }, box, bounds).left).toBe(0);
    expect(placeTooltip({ x: 598, y: 200 }, box, bounds).left).toBe(440);
  });

  it("keeps clear of a value axis at the left edge where it fits, and uses it where it does not", () => {
    const axis = { ...bounds, left: 60 };
    expect(placeTooltip({ x: 70, y: 300 }, box, axis)).toEqual({ left: 60, top: 206, side: "above" });
    expect(placeTooltip({ x: 70, y: 300 }, box, { width: 180, height: 400, left: 60 }).left).toBe(20);
  });

  it("never leaves the container when nothing fits", () => {
    const huge = { width: 590, height: 390 };
    expect(placeTooltip({ x: 300, y: 200 }, huge, bounds)).toEqual({ left: 5, top: 0, side: "above" });
  });
});
