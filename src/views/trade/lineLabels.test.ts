import { describe, expect, it } from "vitest";
import { dodge, endLabelRoom } from "./lineLabels";

describe("labels at the lines' ends", () => {
  it("leave lines far apart where they end", () => {
    expect(dodge([10, 200, 100], 30, 0, 300)).toEqual([10, 200, 100]);
  });

  it("move lines that end together apart, keeping their order, within the plot", () => {
    const ys = dodge([100, 105, 102, 300], 30, 0, 310);
    expect([...ys].sort((a, b) => a - b).every((y, i, all) => i === 0 || y - all[i - 1]! >= 30)).toBe(true);
    // The highest line's label stays highest.
    expect(ys[0]).toBeLessThan(ys[2]!);
    expect(ys[2]).toBeLessThan(ys[1]!);
    // Labels pushed past the bottom come back up.
    const low = dodge([290, 295, 300], 30, 0, 300);
    expect(Math.max(...low)).toBe(300);
    expect(Math.min(...low)).toBe(240);
  });

  it("take room only on a chart wide enough to spare it", () => {
    const labels = [{ reporter: "China", flow: "China → Kazakhstan" }];
    expect(endLabelRoom(labels, 375)).toBe(0);
    expect(endLabelRoom([], 1200)).toBe(0);
    const room = endLabelRoom(labels, 1200);
    expect(room).toBeGreaterThan(90);
    expect(room).toBeLessThan(160);
    // A projector's larger type asks for more room, and a wider chart before it gives it.
    expect(endLabelRoom(labels, 1200, 2)).toBeGreaterThan(room * 1.9);
    expect(endLabelRoom(labels, 900, 2)).toBe(0);
  });
});
