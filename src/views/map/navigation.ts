/**
 * Keyboard travel between places. ← and →, Home and End, Page Up and Page Down step through all places
 * from west to east as through any chart's points (stepThrough.ts), so every one is reachable; ↑ and ↓
 * jump to the nearest place to the north or south on screen.
 */
import { stepThrough } from "../../charts/stepThrough";

export interface NavPoint {
  id: string;
  x: number;
  y: number;
}

export type Direction = "left" | "right" | "up" | "down";

/** How much a sideways offset counts against a candidate, relative to distance along the arrow. */
const SIDEWAYS_PENALTY = 2;

/** The place a key leads to from `fromId`, with `points` in west-to-east order; null for a key that does not move. */
export function nextPlace(points: readonly NavPoint[], fromId: string | null, key: string): string | null {
  if (key === "ArrowUp" || key === "ArrowDown") {
    if (fromId === null) return points[0]?.id ?? null;
    return nextInDirection(points, fromId, key === "ArrowUp" ? "up" : "down") ?? fromId;
  }
  return (
    stepThrough(
      points.map((p) => p.id),
      fromId,
      key,
    ) ?? null
  );
}

/**
 * The place the arrow leads to from `fromId`: among places that lie in that direction (within 45°
 * either side, or at the same spot), the one nearest along the arrow, with sideways offset counted
 * double. Places at the same spot count as further along, in list order, so none is unreachable.
 * Null when nothing lies that way.
 */
export function nextInDirection(points: readonly NavPoint[], fromId: string, direction: Direction): string | null {
  const fromIndex = points.findIndex((p) => p.id === fromId);
  const from = points[fromIndex];
  if (!from) return points[0]?.id ?? null;
  const sign = direction === "left" || direction === "up" ? -1 : 1;
  const horizontal = direction === "left" || direction === "right";
  let best: { id: string; score: number } | null = null;
  points.forEach((p, i) => {
    if (p.id === from.id) return;
    const along = sign * (horizontal ? p.x - from.x : p.y - from.y);
    const across = Math.abs(horizontal ? p.y - from.y : p.x - from.x);
    const sameSpot = along === 0 && across === 0;
    // Stacked places: step through them in list order (forward for right/down, back for left/up).
    if (sameSpot ? sign * (i - fromIndex) <= 0 : along <= 0 || across > along) return;
    const score = sameSpot ? Math.abs(i - fromIndex) * Number.EPSILON : along + SIDEWAYS_PENALTY * across;
    if (!best || score < best.score) best = { id: p.id, score };
  });
  return (best as { id: string } | null)?.id ?? null;
}
