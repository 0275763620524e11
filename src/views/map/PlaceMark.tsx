import { groupOf, isApproximate, markColor } from "./compute";
import type { Mark } from "./mapLayout";
import { lineKind } from "./symbols";

interface Props {
  mark: Mark;
  /** The current zoom factor: symbols keep their size on screen. */
  k: number;
  /** Symbols grow on the projector theme. */
  scale: number;
  dimmed: boolean;
  selected: boolean;
  /** The one place in the tab order (roving tabindex). */
  tabbable: boolean;
  /** What a screen reader says: name, category, status, dates. */
  label: string;
  /**
   * False for a route drawn inside a cluster (too short to tell apart at this zoom): it is drawn, but the
   * cluster is the target.
   */
  interactive?: boolean;
  /** A route too short on screen for a target of its own gets a disc of this radius (px) at its middle. */
  hitDisc?: number;
}

/** Width (px) of the invisible stroke that makes a thin route easy to hover and tap. */
export const LINE_HIT_WIDTH = 14;
/** Radius (px) of the invisible disc that makes a small symbol easy to hover; phones get 22 px in CSS. */
export const POINT_HIT_RADIUS = 10;
/**
 * Strokes keep their width on screen at every zoom. An attribute rather than CSS alone, so an exported
 * SVG (which copies attributes and a few computed styles) keeps it too.
 */
export const FIXED = "non-scaling-stroke";
/** Keeps the left half of a symbol: under construction is drawn half filled. */
export const HALF = "inset(0 50% 0 0)";
/** Gap (px) between a symbol and the dashed ring that marks an approximate location. */
const HALO_GAP = 4;

/**
 * One place: a symbol or a route, focusable and selectable. Events are handled by the map, which
 * finds the place through `data-place`. Status, precision and dimming are classes styled in map.css.
 */
export function PlaceMark({ mark, k, scale, dimmed, selected, tabbable, label, interactive = true, hitDisc }: Props) {
  const f = mark.feature;
  const { status, precision, category } = f.properties;
  const className = ["map-mark", `map-mark--${status}`, `map-mark--${precision}`, dimmed ? "is-dimmed" : "", selected ? "is-selected" : ""]
    .filter(Boolean)
    .join(" ");
  const common = interactive
    ? ({
        className,
        style: markColor(groupOf(f)),
        "data-place": mark.id,
        role: "button",
        tabIndex: tabbable ? 0 : -1,
        "aria-label": label,
        "aria-pressed": selected,
      } as const)
    : ({ className: `${className} is-passive`, style: markColor(groupOf(f)), "aria-hidden": true } as const);

  if (mark.radius === 0) {
    const kind = lineKind(category);
    return (
      <g {...common} data-line={kind}>
        {interactive && <path className="map-line__hit" d={mark.d} strokeWidth={LINE_HIT_WIDTH} vectorEffect={FIXED} />}
        {interactive && hitDisc !== undefined && <circle className="map-line__disc" cx={mark.x} cy={mark.y} r={hitDisc / k} />}
        {precision === "approximate" && <path className="map-line__band" d={mark.d} vectorEffect={FIXED} />}
        {status !== "operating" && <path className="map-line__casing" d={mark.d} vectorEffect={FIXED} />}
        <path className="map-line__stroke" d={mark.d} vectorEffect={FIXED} />
        {kind === "rail" && <path className="map-line__ties" d={mark.d} vectorEffect={FIXED} />}
      </g>
    );
  }

  const r = (mark.radius - 1) * scale;
  return (
    <g {...common} transform={`translate(${mark.x},${mark.y}) scale(${scale / k})`}>
      <circle className="map-mark__hit" r={POINT_HIT_RADIUS / scale} />
      {isApproximate(f) && <circle className="map-mark__halo" r={(r + HALO_GAP) / scale} />}
      <path className="map-mark__symbol" d={mark.d} />
      {status === "under-construction" && <path className="map-mark__half" d={mark.d} clipPath={HALF} />}
    </g>
  );
}
