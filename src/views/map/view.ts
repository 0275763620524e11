/** A zoom state: scale k, then translation (x, y) in screen pixels (d3-zoom's transform, without d3). */
export interface View {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: View = { k: 1, x: 0, y: 0 };

/** Where a point of the map at zoom 1 appears on screen under `view`. */
export function toScreen(view: View, [x, y]: readonly [number, number]): [number, number] {
  return [x * view.k + view.x, y * view.k + view.y];
}

/**
 * The view that centres (x, y) at scale k in a width × height map, kept inside the map's frame
 * (what d3-zoom's translate extent would also enforce).
 */
export function centredView(x: number, y: number, k: number, width: number, height: number): View {
  const clamp = (v: number, min: number) => Math.min(0, Math.max(min, v));
  return { k, x: clamp(width / 2 - x * k, width - width * k), y: clamp(height / 2 - y * k, height - height * k) };
}
