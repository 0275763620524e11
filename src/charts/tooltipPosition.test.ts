import { describe, expect, it } from "vitest";
import { placeTooltip } from "./tooltipPosition";

const bounds = { width: 600, height: 400 };
const box = { width: 160, height: 80 };

describe("placeTooltip", () => {
  it("sits above the point, centred, clear of it", () => {
    expect(placeTooltip({ x: 300, y: 200 }, box, bounds)).toEqual({ left: 220, top: 106, side: "above" });
  });

  it("goes below when there is no room above", () => {
    expect(placeTooltip({ x: 300, y: 40 }, box, bounds)).toEqual({ left: 220, top: 54, side: "below" });
  });

  it("stays inside the container at the edges", () => {
    expect(placeTooltip({ x: 5, y: 200 }, box, bounds).left).toBe(0);
    expect(placeTooltip({ x: 598, y: 200 }, box, bounds).left).toBe(440);
  });

  it("never leaves the top when neither side fits", () => {
    const tall = { width: 160, height: 390 };
    expect(placeTooltip({ x: 300, y: 200 }, tall, bounds)).toEqual({ left: 220, top: 0, side: "above" });
  });
});
