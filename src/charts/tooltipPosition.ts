export interface TooltipPlacement {
  left: number;
  top: number;
  /** Where the box sits relative to the point. */
  side: "above" | "right" | "left" | "below";
}

/** Gap between the point and the box, so a finger or cursor never hides the point under the box. */
export const TOOLTIP_OFFSET = 14;

/** The container; `left` keeps a strip free at its left edge (a chart's value axis), where it fits. */
export interface TooltipBounds {
  width: number;
  height: number;
  left?: number;
}

/**
 * Places a tooltip box of `box` size near the point (x, y) inside a container of `bounds` size,
 * never over the point: above it if there is room, else beside it (right, then left), else below;
 * always clamped to the container, and right of `bounds.left` when the box fits there.
 */
export function placeTooltip(
  point: { x: number; y: number },
  box: { width: number; height: number },
  bounds: TooltipBounds,
  offset = TOOLTIP_OFFSET,
): TooltipPlacement {
  const minLeft = Math.max(0, Math.min(bounds.left ?? 0, bounds.width - box.width));
  const clampX = (left: number) => Math.min(Math.max(minLeft, bounds.width - box.width), Math.max(minLeft, left));
  const clampY = (top: number) => Math.min(Math.max(0, bounds.height - box.height), Math.max(0, top));
  if (point.y - offset - box.height >= 0) {
    return { side: "above", left: clampX(point.x - box.width / 2), top: point.y - offset - box.height };
  }
  const besideTop = clampY(point.y - box.height / 2);
  if (point.x + offset + box.width <= bounds.width) return { side: "right", left: point.x + offset, top: besideTop };
  if (point.x - offset - box.width >= minLeft) return { side: "left", left: point.x - offset - box.width, top: besideTop };
  if (point.y + offset + box.height <= bounds.height) {
    return { side: "below", left: clampX(point.x - box.width / 2), top: point.y + offset };
  }
  return { side: "above", left: clampX(point.x - box.width / 2), top: 0 };
}
