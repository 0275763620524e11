export interface TooltipPlacement {
  left: number;
  top: number;
  /** Where the box sits relative to the point. */
  side: "above" | "below";
}

/** Gap between the point and the box, so a finger or cursor never hides the point under the box. */
export const TOOLTIP_OFFSET = 14;

/**
 * Places a tooltip box of `box` size near the point (x, y) inside a container of `bounds` size:
 * above the point if it fits, else below; centred on it horizontally, clamped to the container.
 */
export function placeTooltip(
  point: { x: number; y: number },
  box: { width: number; height: number },
  bounds: { width: number; height: number },
  offset = TOOLTIP_OFFSET,
): TooltipPlacement {
  const fitsAbove = point.y - offset - box.height >= 0;
  const side = fitsAbove || point.y + offset + box.height > bounds.height ? "above" : "below";
  const top = side === "above" ? Math.max(0, point.y - offset - box.height) : point.y + offset;
  const maxLeft = Math.max(0, bounds.width - box.width);
  const left = Math.min(maxLeft, Math.max(0, point.x - box.width / 2));
  return { left, top, side };
}
