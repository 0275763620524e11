import type { CSSProperties } from "react";
import type { PlaceCategory, PlaceFeature, PlacesFile } from "../../data/schemas/places";
import { yearOf } from "../../lib/partialDate";
import { uniqueIds } from "../../lib/uniqueIds";

/** The groups the legend shows and filters by: several categories can share one. */
export const GROUPS = ["crossings", "corridors", "oil", "gas", "wind", "hydro", "solar", "refining", "towns"] as const;
export type PlaceGroup = (typeof GROUPS)[number];

export const GROUP_OF: Record<PlaceCategory, PlaceGroup> = {
  "border-crossing": "crossings",
  logistics: "crossings",
  rail: "corridors",
  road: "corridors",
  "oil-pipeline": "oil",
  "oil-field": "oil",
  "gas-pipeline": "gas",
  wind: "wind",
  hydro: "hydro",
  solar: "solar",
  refinery: "refining",
  city: "towns",
};

export const groupOf = (f: PlaceFeature): PlaceGroup => GROUP_OF[f.properties.category];

/** Each group's colour on the map and in the legend (the theme's categorical palette; towns stay muted). */
const GROUP_COLOR: Record<PlaceGroup | "key", string> = {
  crossings: "var(--cat-4)",
  corridors: "var(--cat-8)",
  oil: "var(--cat-7)",
  gas: "var(--cat-1)",
  wind: "var(--cat-6)",
  hydro: "var(--cat-3)",
  solar: "var(--cat-5)",
  refining: "var(--cat-2)",
  towns: "var(--color-text-muted)",
  key: "var(--color-text-muted)",
};

/** The style that colours a mark or swatch of `group` (map.css draws every part from --mark). */
export const markColor = (group: PlaceGroup | "key") => ({ "--mark": GROUP_COLOR[group] }) as CSSProperties;
export const isLine = (f: PlaceFeature) => f.geometry.type !== "Point";
export const isTown = (f: PlaceFeature) => f.properties.category === "city";
/** Geometry that is an estimate or a drawing, not the thing itself: drawn dashed or with a halo, and said so. */
export const isApproximate = (f: PlaceFeature) => f.properties.precision === "approximate" || f.properties.precision === "schematic";

/**
 * The year a place began to exist on the ground: the earlier of its construction start and its
 * operation. Null when neither is known (an agreement alone does not put anything on the ground).
 */
export function startYear(f: PlaceFeature): number | null {
  const { constructionStart, operation } = f.properties.dates ?? {};
  const years = [constructionStart, operation].filter((d): d is string => d !== undefined).map(yearOf);
  return years.length > 0 ? Math.min(...years) : null;
}

/**
 * Whether a place is faded for the shared focus year: it had not been started by then, or it is
 * still only planned. Any other place with no construction or operation date is never faded (we
 * cannot say it did not exist).
 */
export function isDimmed(f: PlaceFeature, year: number | null): boolean {
  if (year === null) return false;
  const start = startYear(f);
  if (start === null) return f.properties.status === "planned";
  return start > year;
}

/** The groups shown, from the URL's `layers`: unknown names are ignored, and none known means all. */
export function shownGroups(layers: readonly string[]): ReadonlySet<PlaceGroup> {
  const known = GROUPS.filter((g) => layers.includes(g));
  return new Set(known.length > 0 ? known : GROUPS);
}

/**
 * The `layers` value after the reader toggles one group: all shown is written as [] (the default),
 * and the last group shown cannot be hidden (an empty map says nothing).
 */
export function toggleGroup(layers: readonly string[], group: PlaceGroup): PlaceGroup[] {
  const shown = new Set(shownGroups(layers));
  if (shown.has(group)) {
    if (shown.size === 1) return [...shown];
    shown.delete(group);
  } else {
    shown.add(group);
  }
  return shown.size === GROUPS.length ? [] : GROUPS.filter((g) => shown.has(g));
}

/** The places drawn: those of the shown groups, plus the selected place whatever its group. */
export function visiblePlaces(
  features: readonly PlaceFeature[],
  shown: ReadonlySet<PlaceGroup>,
  selectedId: string | null = null,
): PlaceFeature[] {
  return features.filter((f) => shown.has(groupOf(f)) || f.id === selectedId);
}

export interface PlaceCounts {
  /** Points other than towns. */
  sites: number;
  /** Lines: pipelines, railways, roads. */
  routes: number;
  /** Towns shown for orientation. */
  towns: number;
}

export function placeCounts(features: readonly PlaceFeature[]): PlaceCounts {
  const towns = features.filter(isTown).length;
  const routes = features.filter(isLine).length;
  return { sites: features.length - towns - routes, routes, towns };
}

/** How many places of each group, for the legend. */
export function groupCounts(features: readonly PlaceFeature[]): Record<PlaceGroup, number> {
  const counts = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<PlaceGroup, number>;
  for (const f of features) counts[groupOf(f)] += 1;
  return counts;
}

/** Every source the places cite, in order of first appearance. */
export function sourceIds(file: PlacesFile): string[] {
  return uniqueIds(...file.features.map(placeSourceIds));
}

/** The sources a place cites: its own, then those of its costs (each cost carries its own). */
export function placeSourceIds(f: PlaceFeature): string[] {
  return uniqueIds(
    f.properties.sources,
    ...(f.properties.cost ?? []).map((c) => c.sources),
    ...(f.properties.volumes ?? []).map((v) => v.sources),
  );
}

/** The first coordinate of a place, for sorting west to east and for the table. */
export function anchorOf(f: PlaceFeature): [number, number] {
  const g = f.geometry;
  if (g.type === "Point") return g.coordinates;
  if (g.type === "LineString") return g.coordinates[0]!;
  return g.coordinates[0]![0]!;
}
