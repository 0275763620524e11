/**
 * What a tap or a click is on. A point's target is a disc; a route's, a band along it. What lies
 * under the pointer wins; where nothing does, what lies within reach counts (a finger is broad); where
 * several tie, the reader chooses from a list: a tap never opens a place other than the one meant.
 */

export type Target =
  | { id: string; kind: "point"; x: number; y: number; /** Radius of its target disc (px). */ r: number }
  | { id: string; kind: "line"; /** Screen polylines (px), one per part. */ parts: readonly (readonly (readonly [number, number])[])[] };

export type Hit = { kind: "none" } | { kind: "one"; id: string } | { kind: "several"; ids: string[] };

/** Distance from p to the segment a–b. */
function toSegment(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance (px) from p to a target: to a point's centre, or to the nearest part of a route. */
export function distanceTo(p: readonly [number, number], target: Target): number {
  if (target.kind === "point") return Math.hypot(p[0] - target.x, p[1] - target.y);
  let best = Number.POSITIVE_INFINITY;
  for (const part of target.parts) {
    if (part.length === 1) best = Math.min(best, Math.hypot(p[0] - part[0]![0], p[1] - part[0]![1]));
    for (let i = 0; i + 1 < part.length; i++) best = Math.min(best, toSegment(p, part[i]!, part[i + 1]!));
  }
  return best;
}

/**
 * What the pointer at p is on. `reach` (px) is how far from p a target still counts when nothing is
 * under it: half a route's band for a mouse, a fingertip's breadth for touch. Points whose disc holds
 * p are under it; routes never are (points are drawn over them). Several answers come nearest first.
 */
export function hitTest(p: readonly [number, number], targets: readonly Target[], reach: number): Hit {
  const measured = targets.map((t) => ({ id: t.id, t, d: distanceTo(p, t) })).sort((a, b) => a.d - b.d);
  const under = measured.filter(({ t, d }) => t.kind === "point" && d <= t.r);
  const candidates = under.length > 0 ? under : measured.filter(({ t, d }) => d <= Math.max(reach, t.kind === "point" ? t.r : 0));
  const ids = [...new Set(candidates.map((c) => c.id))];
  if (ids.length === 0) return { kind: "none" };
  if (ids.length === 1) return { kind: "one", id: ids[0]! };
  return { kind: "several", ids };
}
