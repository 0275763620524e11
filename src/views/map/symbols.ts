import type { PlaceCategory, PlaceFeature } from "../../data/schemas/places";

// The symbols are drawn here rather than with d3-shape's `symbol`: d3-shape ships as one module and
// brings its curves along (12 kB of the map's chunk for eight polygons). Each shape has the given
// area, as d3's symbols do, so they look equally heavy.

export type SymbolShape = "circle" | "square" | "diamond" | "triangle" | "cross" | "star" | "wye" | "pentagon";

/** One shape per category, so the map reads without colour. */
export const CATEGORY_SYMBOL: Record<PlaceCategory, SymbolShape> = {
  "border-crossing": "diamond",
  logistics: "square",
  rail: "cross",
  road: "cross",
  "oil-pipeline": "circle",
  "oil-field": "triangle",
  "gas-pipeline": "circle",
  wind: "wye",
  hydro: "triangle",
  solar: "star",
  refinery: "pentagon",
  city: "circle",
};

const round = (n: number) => Math.round(n * 100) / 100;
const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join("L")}Z`;
/** `n` points at radius `r`, the first straight up, turning clockwise. */
const ring = (n: number, r: number, offset = 0): [number, number][] =>
  Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + offset + (i * 2 * Math.PI) / n;
    return [r * Math.cos(a), r * Math.sin(a)];
  });

/** The SVG path of a shape of `area` px², centred on 0,0. */
export function shapePath(shape: SymbolShape, area: number): string {
  switch (shape) {
    case "circle": {
      const r = round(Math.sqrt(area / Math.PI));
      return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
    }
    case "square": {
      const h = Math.sqrt(area) / 2;
      return polygon([
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ]);
    }
    case "diamond": {
      // A rhombus taller than wide, as d3's: half-diagonals y and x = y·tan 30°.
      const y = Math.sqrt(area / (2 * Math.tan(Math.PI / 6)));
      const x = y * Math.tan(Math.PI / 6);
      return polygon([
        [0, -y],
        [x, 0],
        [0, y],
        [-x, 0],
      ]);
    }
    case "triangle": {
      // Equilateral, pointing up: area = (3√3/4)·r² for circumradius r.
      const r = Math.sqrt(area / ((3 * Math.sqrt(3)) / 4));
      return polygon(ring(3, r));
    }
    case "pentagon": {
      const r = Math.sqrt(area / (2.5 * Math.sin((2 * Math.PI) / 5)));
      return polygon(ring(5, r));
    }
    case "cross": {
      // A plus of five equal squares.
      const s = Math.sqrt(area / 5) / 2;
      const t = 3 * s;
      return polygon([
        [-s, -t],
        [s, -t],
        [s, -s],
        [t, -s],
        [t, s],
        [s, s],
        [s, t],
        [-s, t],
        [-s, s],
        [-t, s],
        [-t, -s],
        [-s, -s],
      ]);
    }
    case "star": {
      // Five points; the inner radius is that of a regular pentagram.
      const r = Math.sqrt(area / 1.12);
      const inner = r * 0.382;
      const outer = ring(5, r);
      const between = ring(5, inner, Math.PI / 5);
      return polygon(outer.flatMap((p, i) => [p, between[i]!]));
    }
    case "wye": {
      // Three arms of width 2s, like a turbine's blades.
      const s = Math.sqrt(area / 4.36) / 2;
      const arm = 3.2 * s;
      const points: [number, number][] = [];
      for (let i = 0; i < 3; i++) {
        const a = -Math.PI / 2 + (i * 2 * Math.PI) / 3;
        const [c, n] = [Math.cos(a), Math.sin(a)];
        const [px, py] = [-n * s, c * s];
        const [bx, by] = [Math.cos(a + Math.PI / 3) * s * 1.15, Math.sin(a + Math.PI / 3) * s * 1.15];
        points.push([c * arm - px, n * arm - py], [c * arm + px, n * arm + py], [bx, by]);
      }
      return polygon(points);
    }
  }
}

/** Symbol areas in px² at every zoom: sites stand out, pipeline stations and towns stay small. */
export const SYMBOL_AREA = { site: 150, station: 60, town: 36 } as const;

/** The symbol area for a place: towns and pipeline stations are smaller than the sites. */
export function symbolArea(f: PlaceFeature): number {
  const c = f.properties.category;
  if (c === "city") return SYMBOL_AREA.town;
  if (c === "oil-pipeline" || c === "gas-pipeline") return SYMBOL_AREA.station;
  return SYMBOL_AREA.site;
}

/** Half the width of a symbol of this area, for label placement and hit boxes. */
export const symbolRadius = (area: number) => Math.sqrt(area) / 2 + 1;

const cache = new Map<string, string>();

/** The SVG path of a category's symbol, centred on 0,0. */
export function symbolPath(category: PlaceCategory, area: number): string {
  const key = `${category}:${area}`;
  let d = cache.get(key);
  if (d === undefined) {
    d = shapePath(CATEGORY_SYMBOL[category], area);
    cache.set(key, d);
  }
  return d;
}

/** How a route is drawn: railways thin with sleepers, roads broad, pipelines plain. */
export type LineKind = "rail" | "road" | "pipeline";

export function lineKind(category: PlaceCategory): LineKind {
  if (category === "rail") return "rail";
  if (category === "road") return "road";
  return "pipeline";
}
