import type { Mark } from "./mapLayout";
import { FIXED } from "./PlaceMark";

/** Gap (px) between a symbol and the ring around it when selected or focused. */
const HIGHLIGHT_GAP = 6;

interface Props {
  mark: Mark;
  k: number;
  /** The symbols' scale (larger on the projector theme). */
  scale: number;
  kind: "selected" | "focus";
}

/**
 * A ring around the selected or keyboard-focused place, or a broad stroke under a route. Drawn by the
 * map rather than as a CSS outline, which browsers do not draw reliably around SVG shapes.
 */
export function MapHighlight({ mark, k, scale, kind }: Props) {
  const className = `map-highlight map-highlight--${kind}`;
  if (mark.radius === 0) return <path className={`${className} map-highlight--line`} d={mark.d} vectorEffect={FIXED} aria-hidden="true" />;
  return (
    <circle
      className={className}
      cx={mark.x}
      cy={mark.y}
      r={(mark.radius * scale + HIGHLIGHT_GAP) / k}
      vectorEffect={FIXED}
      aria-hidden="true"
    />
  );
}
