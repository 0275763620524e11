import { ascending } from "d3-array";
import { geoDistance } from "d3-geo";
import { anchorOf, isTown } from "./compute";
import { clusterPoints, type ClusterPoint } from "./clusters";
import type { Mark } from "./mapLayout";
import { EARTH_RADIUS_KM } from "./projection";
import type { Target } from "./reach";
import { toScreen, type View } from "./view";

/**
 * What the map draws as targets under the current zoom: each place alone, or clusters of places too
 * close to tell apart. Main-map places move with the zoom; the inset's stay put.
 */
export type MapItem = PlaceItem | ClusterItem;

export interface PlaceItem {
  kind: "place";
  id: string;
  mark: Mark;
  /** Screen position (px): a symbol's centre, a route's middle. */
  x: number;
  y: number;
  inset: boolean;
  /** A route too short on screen to be a target of its own: it is tapped at its middle, like a point. */
  short: boolean;
}

export interface ClusterItem {
  kind: "cluster";
  /** "cluster:" and the leader's id. */
  id: string;
  leader: string;
  /** The places in it, the leader first. */
  ids: string[];
  /** The town in it that names it ("Khorgos area"), or null: then its leader names it. */
  town: string | null;
  x: number;
  y: number;
  inset: boolean;
}

export const CLUSTER_PREFIX = "cluster:";
/** Sites this close (km) to a town crowd around it: the town with most of them names their cluster. */
export const HUB_KM = 25;

export interface ItemOptions {
  /** Closer than this (px), targets merge into a cluster; 0 draws every place alone. */
  separation: number;
  /** Never clustered: the reader is looking at it. */
  selectedId: string | null;
}

function lineSpan(m: Mark, view: View, inset: boolean): number {
  const points = m.parts.flat().map((p) => (inset ? p : toScreen(view, p)));
  if (points.length === 0) return 0;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

function itemsOf(marks: readonly Mark[], view: View, inset: boolean, { separation, selectedId }: ItemOptions): MapItem[] {
  const placed = marks.map((m): PlaceItem => {
    const [x, y] = inset ? [m.x, m.y] : toScreen(view, [m.x, m.y]);
    const short = m.radius === 0 && lineSpan(m, view, inset) < separation;
    return { kind: "place", id: m.id, mark: m, x, y, inset, short };
  });
  const clusterable = placed.filter((p) => (p.mark.radius > 0 || p.short) && p.id !== selectedId);
  // Towns first, so that where a town has sites around it, it leads (and names) their cluster.
  const rank = (p: PlaceItem) => (isTown(p.mark.feature) ? 0 : p.short ? 2 : 1);
  const input: ClusterPoint[] = [...clusterable].sort((a, b) => rank(a) - rank(b)).map(({ id, x, y }) => ({ id, x, y }));
  const clusters = clusterPoints(input, separation).filter((c) => c.ids.length > 1);
  const inCluster = new Set(clusters.flatMap((c) => c.ids));
  const byId = new Map(placed.map((p) => [p.id, p]));
  return [
    ...placed.filter((p) => !inCluster.has(p.id)),
    ...clusters.map((c): ClusterItem => ({
      kind: "cluster",
      id: `${CLUSTER_PREFIX}${c.leader}`,
      leader: c.leader,
      ids: c.ids,
      town: namingTown(byId.get(c.leader)!.mark, c.ids, byId),
      x: c.x,
      y: c.y,
      inset,
    })),
  ];
}

/**
 * The town a cluster is named after: of its own towns, the one with most of its sites within HUB_KM (the
 * hub they crowd around: Khorgos, not Zharkent beside it), nearest the leader on a tie. Null when it
 * holds no town: its leader names it then ("3 places around Kumkol pumping station").
 */
function namingTown(leader: Mark, ids: readonly string[], byId: ReadonlyMap<string, PlaceItem>): string | null {
  const km = (a: Mark, b: Mark) => geoDistance(anchorOf(a.feature), anchorOf(b.feature)) * EARTH_RADIUS_KM;
  const members = ids.map((id) => byId.get(id)!.mark);
  const sites = members.filter((m) => !isTown(m.feature));
  const best = members
    .filter((m) => isTown(m.feature))
    .map((town) => ({ town, hub: sites.filter((s) => km(town, s) <= HUB_KM).length, near: km(town, leader) }))
    .sort((a, b) => b.hub - a.hub || a.near - b.near)[0];
  return best?.town.id ?? null;
}

/** The map's targets: the main map's places under `view`, clustered where they crowd, then the inset's. */
export function mapItems(main: readonly Mark[], inset: readonly Mark[], view: View, options: ItemOptions): MapItem[] {
  return [...itemsOf(main, view, false, options), ...itemsOf(inset, view, true, options)];
}

/** The order the keyboard steps through: the main map west to east (then north to south), then the inset's. */
export function itemOrder(items: readonly MapItem[]): MapItem[] {
  return [...items].sort((a, b) => Number(a.inset) - Number(b.inset) || a.x - b.x || a.y - b.y || ascending(a.id, b.id));
}

/** Each item as something a pointer can hit: points and clusters as discs of at least `minRadius`, routes as polylines. */
export function itemTargets(
  items: readonly MapItem[],
  view: View,
  { minRadius, clusterRadius, markScale }: { minRadius: number; clusterRadius: number; markScale: number },
): Target[] {
  return items.map((item): Target => {
    if (item.kind === "cluster") return { id: item.id, kind: "point", x: item.x, y: item.y, r: Math.max(minRadius, clusterRadius) };
    const m = item.mark;
    if (m.radius > 0 || item.short)
      return { id: item.id, kind: "point", x: item.x, y: item.y, r: Math.max(minRadius, m.radius * markScale) };
    const parts = m.parts.map((part) => part.map((p) => (item.inset ? p : toScreen(view, p))));
    return { id: item.id, kind: "line", parts };
  });
}
