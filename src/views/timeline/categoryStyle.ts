import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from "d3-shape";
import type { EventCategory } from "../../data/schemas/timeline";

/**
 * Each category has a colour and a shape, so markers stay distinct without colour. The colours are
 * Okabe–Ito tokens that keep 3:1 against the surface in every theme (sky blue, --cat-6, does not in light).
 */
export const CATEGORY_STYLE: Record<EventCategory, { color: string; shape: SymbolType }> = {
  diplomacy: { color: "var(--cat-1)", shape: symbolCircle },
  visit: { color: "var(--cat-2)", shape: symbolTriangle },
  summit: { color: "var(--cat-4)", shape: symbolStar },
  treaty: { color: "var(--cat-3)", shape: symbolSquare },
  economy: { color: "var(--cat-5)", shape: symbolDiamond },
  project: { color: "var(--cat-7)", shape: symbolWye },
  people: { color: "var(--cat-8)", shape: symbolCross },
};

/** Shapes look the same size at the same area, not the same width; stars and crosses need a little more. */
const AREA_FACTOR: Partial<Record<EventCategory, number>> = { summit: 1.25, people: 1.1, project: 1.15 };

/** Marker paths drawn so far, by category and radius: a timeline draws each of its 85 markers with one of a few. */
const paths = new Map<string, string>();

/** The SVG path of a category's marker, centred on 0,0, about `radius` pixels from centre to edge. */
export function markerPath(category: EventCategory, radius: number): string {
  const key = `${category}|${radius}`;
  let path = paths.get(key);
  if (path === undefined) {
    const area = (2 * radius) ** 2 * 0.8 * (AREA_FACTOR[category] ?? 1);
    if (paths.size >= 500) paths.clear();
    paths.set(key, (path = symbol(CATEGORY_STYLE[category].shape, area)() ?? ""));
  }
  return path;
}
