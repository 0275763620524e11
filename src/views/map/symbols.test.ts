import { describe, expect, it } from "vitest";
import { CATEGORY_SYMBOL, shapePath, SYMBOL_AREA, symbolPath, type SymbolShape } from "./symbols";

/** The area enclosed by a path of straight segments (shoelace), or by the two-arc circle. */
function areaOf(d: string): number {
  if (d.includes("A")) return Math.PI * Number(d.slice(1).split(",")[0]) ** 2;
  const points = d
    .slice(1, -1)
    .split("L")
    .map((p) => p.split(",").map(Number));
  let twice = 0;
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length]!;
    twice += x1! * y2! - x2! * y1!;
  });
  return Math.abs(twice) / 2;
}

describe("map symbols", () => {
  it.each(["circle", "square", "diamond", "triangle", "cross", "star", "wye", "pentagon"] as SymbolShape[])(
    "draws a %s of the asked area, centred on 0,0",
    (shape) => {
      expect(areaOf(shapePath(shape, 150)) / 150).toBeCloseTo(1, 1);
    },
  );

  it("gives every category of a site its own shape", () => {
    const sites = ["border-crossing", "logistics", "rail", "oil-field", "wind", "hydro", "solar", "refinery"] as const;
    const shapes = sites.filter((c) => c !== "rail").map((c) => CATEGORY_SYMBOL[c]);
    expect(new Set(shapes).size).toBe(shapes.length - 1); // oil fields and hydro share the triangle, in different colours
    expect(symbolPath("wind", SYMBOL_AREA.site)).toBe(shapePath("wye", SYMBOL_AREA.site));
  });
});
