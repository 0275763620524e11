/**
 * Keyboard travel between places. ← and → step through all places from west to east, so every one is
 * reachable; ↑ and ↓ jump to the nearest place to the north or south on screen.
 */

export interface NavPoint {
  id: string;
  x: number;
  y: number;
}

export type Direction = "left" | "right" | "up" | "down";

/** How much a sideways offset counts against a candidate, relative to distance along the arrow. */
const SIDEWAYS_PENALTY = 2;

/** The place ← / → / ↑ / ↓ / Home / End lead to from `fromId`, with `points` in west-to-east order. */
export function nextPlace(points: readonly NavPoint[], fromId: string | null, key: string): string | null {
  const i = points.findIndex((p) => p.id === fromId);
  switch (key) {
    case "ArrowRight":
      return points[Math.min(points.length - 1, i + 1)]?.id ?? null;
    case "ArrowLeft":
      return points[Math.max(0, i - 1)]?.id ?? null;
    case "ArrowUp":
      return fromId === null ? (points[0]?.id ?? null) : (nextInDirection(points, fromId, "up") ?? fromId);
    case "ArrowDown":
      return fromId === null ? (points[0]?.id ?? null) : (nextInDirection(points, fromId, "down") ?? fromId);
    case "Home":
      return points[0]?.id ?? null;
    case "End":
      return points[points.length - 1]?.id ?? null;
    default:
      return null;
  }
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
