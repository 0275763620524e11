import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { placeTooltip, type TooltipBounds, type TooltipPlacement } from "./tooltipPosition";

interface Props {
  /** The point, in pixels from the top-left of the positioned container the tooltip lives in. */
  x: number;
  y: number;
  /** The container's size, to keep the box inside it. */
  bounds: TooltipBounds;
  id?: string;
  children: ReactNode;
}

/**
 * A box beside a data point. It never covers the point (it sits above, or below near the top) and
 * stays inside the chart. Purely visual: the view announces the same content through its live region.
 */
export function Tooltip({ x, y, bounds, id, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<TooltipPlacement | null>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const box = { width: node.offsetWidth, height: node.offsetHeight };
    setPlacement(placeTooltip({ x, y }, box, bounds));
  }, [x, y, bounds, children]);
  return (
    <div
      ref={ref}
      id={id}
      className={`chart-tooltip${placement ? ` chart-tooltip--${placement.side}` : ""}`}
      style={{ left: placement?.left ?? 0, top: placement?.top ?? 0, visibility: placement ? "visible" : "hidden" }}
      aria-hidden="true"
    >
      {children}
    </div>
  );
}
