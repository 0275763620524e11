import type { Box } from "./labels";

/**
 * The rail corridor from Khorgos to the Pacific, drawn schematically: the towns on the Jinghe–Yining–
 * Khorgos, Lanzhou–Xinjiang and Longhai railways, west to east, joined by straight lines
 * ([longitude, latitude], town centres). It ties Kazakhstan's border crossings to Lianyungang, which
 * the inset shows; it is not one of the places, only the way to one.
 */
export const CORRIDOR: readonly (readonly [number, number])[] = [
  [80.42, 44.21], // Khorgos
  [81.32, 43.91], // Yining
  [82.89, 44.6], // Jinghe
  [84.9, 44.43], // Kuytun
  [87.62, 43.82], // Ürümqi
  [89.19, 42.95], // Turpan
  [93.51, 42.83], // Hami
  [98.29, 39.77], // Jiayuguan
  [100.45, 38.93], // Zhangye
  [102.64, 37.93], // Wuwei
  [103.83, 36.06], // Lanzhou
  [105.72, 34.58], // Tianshui
  [108.94, 34.34], // Xi'an
  [112.45, 34.62], // Luoyang
  [113.63, 34.75], // Zhengzhou
  [117.18, 34.26], // Xuzhou
  [119.22, 34.6], // Lianyungang
];

export interface CorridorExit {
  /** Where the line leaves the open part of the map (px). */
  x: number;
  y: number;
  /** The line's direction there, in degrees clockwise from east (SVG rotation). */
  angle: number;
}

/** Where a segment from a (inside) to b first meets the edge of `box`, as a share of the way (0–1). */
function leaveAt(a: readonly [number, number], b: readonly [number, number], box: Box): number {
  let t = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx > 0) t = Math.min(t, (box.x1 - a[0]) / dx);
  if (dx < 0) t = Math.min(t, (box.x0 - a[0]) / dx);
  if (dy > 0) t = Math.min(t, (box.y1 - a[1]) / dy);
  if (dy < 0) t = Math.min(t, (box.y0 - a[1]) / dy);
  return Math.max(0, t);
}

/** Where a segment from a (outside) to b first enters `box`, as a share of the way, or null if it misses it. */
function enterAt(a: readonly [number, number], b: readonly [number, number], box: Box): number | null {
  let t0 = 0;
  let t1 = 1;
  const d = [b[0] - a[0], b[1] - a[1]];
  const lo = [box.x0, box.y0];
  const hi = [box.x1, box.y1];
  for (let i = 0; i < 2; i++) {
    if (d[i] === 0) {
      if (a[i]! < lo[i]! || a[i]! > hi[i]!) return null;
      continue;
    }
    let u0 = (lo[i]! - a[i]!) / d[i]!;
    let u1 = (hi[i]! - a[i]!) / d[i]!;
    if (u0 > u1) [u0, u1] = [u1, u0];
    t0 = Math.max(t0, u0);
    t1 = Math.min(t1, u1);
    if (t0 > t1) return null;
  }
  return t0;
}

const inside = (p: readonly [number, number], box: Box) => p[0] >= box.x0 && p[0] <= box.x1 && p[1] >= box.y0 && p[1] <= box.y1;

/**
 * Where the corridor (screen points, west to east) leaves the map's open area, `frame` less the
 * `covers` drawn over it (the inset): the last point where it is still in view before it goes off
 * to the east. Null when no part of it is in view, or when it ends in view.
 */
export function corridorExit(points: readonly (readonly [number, number])[], frame: Box, covers: readonly Box[]): CorridorExit | null {
  const open = (p: readonly [number, number]) => inside(p, frame) && !covers.some((c) => inside(p, c));
  let exit: CorridorExit | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (!open(a) || open(b)) continue;
    // Leaves here: through the frame's edge, or into a cover, whichever comes first.
    let t = leaveAt(a, b, frame);
    for (const c of covers) {
      const enter = enterAt(a, b, c);
      if (enter !== null) t = Math.min(t, enter);
    }
    const x = a[0] + (b[0] - a[0]) * t;
    const y = a[1] + (b[1] - a[1]) * t;
    exit = { x, y, angle: (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI };
  }
  return exit !== null && open(points[points.length - 1]!) ? null : exit;
}
