export interface TooltipPlacement {
  left: number;
  top: number;
  /** Where the box sits relative to the point. */
  side: "above" | "right" | "left" | "below";
}

/** Gap between the point and the box, so a finger or cursor never hides the point under the box. */
export const TOOLTIP_OFFSET = 14;

/**
 * Places a tooltip box of `box` size near the point (x, y) inside a container of `bounds` size,
 * never over the point: above it if there is room, else beside it (right, then left), else below;
 * always clamped to the container.
 */
export function placeTooltip(
  point: { x: number; y: number },
  box: { width: number; height: number },
  bounds: { width: number; height: number },
  offset = TOOLTIP_OFFSET,
): TooltipPlacement {
  const clampX = (left: number) => Math.min(Math.max(0, bounds.width - box.width), Math.max(0, left));
  const clampY = (top: number) => Math.min(Math.max(0, bounds.height - box.height), Math.max(0, top));
  if (point.y - offset - box.height >= 0) {
    return { side: "above", left: clampX(point.x - box.width / 2), top: point.y - offset - box.height };
  }
  const besideTop = clampY(point.y - box.height / 2);
  if (point.x + offset + box.width <= bounds.width) return { side: "right", left: point.x + offset, top: besideTop };
  if (point.x - offset - box.width >= 0) return { side: "left", left: point.x - offset - box.width, top: besideTop };
  if (point.y + offset + box.height <= bounds.height) {
    return { side: "below", left: clampX(point.x - box.width / 2), top: point.y + offset };
  }
  return { side: "above", left: clampX(point.x - box.width / 2), top: 0 };
}
