import { describe, expect, it } from "vitest";
import { fitFrame, subjectOutline } from "./frame";
import { INSET_MAX_SHARE, INSET_MARGIN, insetBox, insetProjection, viewOutline } from "./inset";
import { IDENTITY } from "./view";

const LIANYUNGANG: [number, number] = [119.4425, 34.7319];

describe("the inset", () => {
  it("sits in the map's bottom-right corner, a quarter of its width, never more than its share", () => {
    expect(insetBox(880, 528)).toEqual({ x0: 880 - INSET_MARGIN - 229, y0: 528 - INSET_MARGIN - 142, x1: 872, y1: 520 });
    for (const [w, h] of [
      [288, 230],
      [343, 274],
      [1600, 960],
    ] as const) {
      const box = insetBox(w, h, 1, true);
      expect(box.x1 - box.x0).toBeLessThanOrEqual(w * INSET_MAX_SHARE.width + 0.5);
      expect(box.y1 - box.y0).toBeLessThanOrEqual(h * INSET_MAX_SHARE.height + 0.5);
    }
  });

  it("grows while one of its places is selected", () => {
    const small = insetBox(880, 528);
    const grown = insetBox(880, 528, 1, true);
    expect(grown.x1 - grown.x0).toBeGreaterThan(small.x1 - small.x0);
  });

  it("draws Lianyungang inside its box, near its east edge", () => {
    const box = insetBox(880, 528);
    const [x, y] = insetProjection(box)(LIANYUNGANG)!;
    expect(x).toBeGreaterThan(box.x0 + (box.x1 - box.x0) * 0.7);
    expect(x).toBeLessThan(box.x1);
    expect(y).toBeGreaterThan(box.y0);
    expect(y).toBeLessThan(box.y1);
  });

  it("outlines what the main map shows, and less of it when zoomed in", () => {
    const main = fitFrame(880, 528, subjectOutline([]));
    const box = insetBox(880, 528);
    const inset = insetProjection(box);
    const area = (d: string) => {
      const points = d
        .slice(1, -1)
        .split("L")
        .map((p) => p.split(",").map(Number) as [number, number]);
      let sum = 0;
      points.forEach(([x0, y0], i) => {
        const [x1, y1] = points[(i + 1) % points.length]!;
        sum += x0 * y1 - x1 * y0;
      });
      return Math.abs(sum / 2);
    };
    const whole = viewOutline(main, IDENTITY, 880, 528, inset);
    const zoomed = viewOutline(main, { k: 4, x: -1000, y: -600 }, 880, 528, inset);
    expect(whole.startsWith("M")).toBe(true);
    expect(area(zoomed)).toBeLessThan(area(whole) / 10);
    // The frame is Kazakhstan and Xinjiang: a good part of the inset, not all of it.
    expect(area(whole)).toBeGreaterThan(((box.x1 - box.x0) * (box.y1 - box.y0)) / 5);
  });
});
