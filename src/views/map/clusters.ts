/**
 * Clustering: marks closer than a minimum separation on screen are drawn as one numbered circle, so
 * every target can be told apart and tapped. Pure, on screen positions; the map decides the separation
 * (a touch target's size on a phone, none where a mouse can point precisely).
 */

export interface ClusterPoint {
  id: string;
  /** Screen position (px). */
  x: number;
  y: number;
}

export interface PointCluster {
  /** The point the cluster is drawn at: the one with most neighbours (ties: the earliest in the input). */
  leader: string;
  /** Every point in the cluster, the leader first, then in input order. */
  ids: string[];
  x: number;
  y: number;
}

const distance = (a: ClusterPoint, b: ClusterPoint) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Groups points closer than `minSeparation` (px). Greedy, like a map's marker clusters: the point
 * with the most neighbours leads a cluster and takes every free point within the separation; then
 * the next. Each cluster is drawn at its leader, so any two clusters (or lone points) are at least
 * `minSeparation` apart and their targets never overlap. Earlier input wins ties, so a caller lists
 * first the points it would rather lead (towns, which name their area). Lone points are clusters of one.
 */
export function clusterPoints(points: readonly ClusterPoint[], minSeparation: number): PointCluster[] {
  if (minSeparation <= 0) return points.map((p) => ({ leader: p.id, ids: [p.id], x: p.x, y: p.y }));
  const neighbours = points.map((p) => points.filter((q) => q !== p && distance(p, q) < minSeparation).length);
  const order = points.map((_, i) => i).sort((a, b) => neighbours[b]! - neighbours[a]! || a - b);
  const taken = new Array<boolean>(points.length).fill(false);
  const clusters: PointCluster[] = [];
  for (const i of order) {
    if (taken[i]) continue;
    const leader = points[i]!;
    taken[i] = true;
    const ids = [leader.id];
    points.forEach((q, j) => {
      if (!taken[j] && distance(leader, q) < minSeparation) {
        taken[j] = true;
        ids.push(q.id);
      }
    });
    clusters.push({ leader: leader.id, ids, x: leader.x, y: leader.y });
  }
  return clusters;
}

/**
 * Whether zooming to `maxScale` would part a cluster's points at all (given at zoom 1, in drawing
 * coordinates): places at one spot, or a few hundred metres apart, stay one cluster at any zoom, and
 * the reader chooses from a list instead.
 */
export function separableBy(points: readonly ClusterPoint[], minSeparation: number, maxScale: number): boolean {
  const scaled = points.map((p) => ({ ...p, x: p.x * maxScale, y: p.y * maxScale }));
  return clusterPoints(scaled, minSeparation).length > 1;
}

/** Share of the map's smaller side a cluster's points spread over once zoomed to part them. */
const SPREAD = 0.5;

/**
 * The zoom (at least `from` × `step`, at most `maxScale`) that spreads a cluster's points (zoom-1
 * drawing coordinates) over SPREAD of a width × height map, and the point to centre: where they are.
 */
export function zoomToPart(
  points: readonly ClusterPoint[],
  { width, height, from, step, maxScale }: { width: number; height: number; from: number; step: number; maxScale: number },
): { k: number; x: number; y: number } {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(x1 - x0, y1 - y0);
  const fit = span > 0 ? (SPREAD * Math.min(width, height)) / span : maxScale;
  return { k: Math.min(maxScale, Math.max(from * step, fit)), x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
}
