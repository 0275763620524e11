import { placeLabels, symbolBox, type Box, type LabelCandidate, type PlacedLabel } from "./labels";
import type { LabelSizes } from "./mapLayout";
import type { ClusterItem, MapItem } from "./mapItems";

/** Clusters are named before towns: a cluster holds its town, and its name says where the crowd is. */
const CLUSTER_PRIORITY = 6_000;
/** The corridor's "to Lianyungang" comes just after the clusters: it says where the line leads. */
export const CORRIDOR_PRIORITY = 5_900;
/** The id of the label that says where the corridor goes, where it leaves the map. */
export const CORRIDOR_LABEL = "corridor";
/** Places in the inset. */
const INSET_PRIORITY = 500;

const SIDES = ["right", "left", "above", "below"] as const;

/** A label for each cluster: its town's name (or its leader's), beside its circle. */
export function clusterCandidates(
  clusters: readonly ClusterItem[],
  nameOf: (id: string) => string,
  sizes: LabelSizes,
  radius: number,
): LabelCandidate[] {
  return clusters.map((c) => ({
    id: c.id,
    text: nameOf(c.town ?? c.leader),
    x: c.x,
    y: c.y,
    priority: CLUSTER_PRIORITY + c.ids.length,
    fontSize: sizes.place,
    radius,
    sides: SIDES,
  }));
}

/** Each cluster's circle, as an obstacle other labels keep clear of. */
export function clusterObstacles(clusters: readonly ClusterItem[], radius: number): (Box & { id: string })[] {
  return clusters.map((c) => symbolBox(c.id, c.x, c.y, radius));
}

/**
 * The inset's labels, placed inside its box: each item's name (a cluster's town), the selected first.
 * Labels never leave the inset, so they never cover the main map.
 */
export function insetLabels(
  items: readonly MapItem[],
  box: Box,
  {
    nameOf,
    sizes,
    markScale,
    clusterRadius,
    selectedId,
  }: {
    nameOf: (id: string) => string;
    sizes: LabelSizes;
    markScale: number;
    clusterRadius: number;
    selectedId: string | null;
  },
): PlacedLabel[] {
  const local = (x: number, y: number): [number, number] => [x - box.x0, y - box.y0];
  const radiusOf = (item: MapItem) => (item.kind === "cluster" ? clusterRadius : item.mark.radius * markScale);
  const points = items.filter((item) => item.kind === "cluster" || item.mark.radius > 0);
  const candidates: LabelCandidate[] = points.map((item) => {
    const [x, y] = local(item.x, item.y);
    return {
      id: item.id,
      text: nameOf(item.kind === "cluster" ? (item.town ?? item.leader) : item.id),
      x,
      y,
      priority: item.id === selectedId ? CLUSTER_PRIORITY * 2 : INSET_PRIORITY + (item.kind === "cluster" ? item.ids.length : 0),
      fontSize: sizes.place,
      radius: radiusOf(item),
      // The coast is the inset's east edge: names go west of their place first.
      sides: ["left", "above", "below", "right"],
    };
  });
  const obstacles = points.map((item) => symbolBox(item.id, ...local(item.x, item.y), radiusOf(item)));
  return placeLabels(candidates, obstacles, { width: box.x1 - box.x0, height: box.y1 - box.y0 }).map((l) => ({
    ...l,
    x: l.x + box.x0,
    y: l.y + box.y0,
    box: { x0: l.box.x0 + box.x0, y0: l.box.y0 + box.y0, x1: l.box.x1 + box.x0, y1: l.box.y1 + box.y0 },
  }));
}
