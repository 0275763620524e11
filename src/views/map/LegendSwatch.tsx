import type { PlaceCategory, PlaceProperties } from "../../data/schemas/places";
import { GROUP_OF, markColor } from "./compute";
import { HALF } from "./PlaceMark";
import { lineKind, SYMBOL_AREA, symbolPath } from "./symbols";

interface Props {
  category: PlaceCategory;
  status?: PlaceProperties["status"];
  precision?: PlaceProperties["precision"];
  /** A route (a short line) or a site (its symbol). */
  shape?: "point" | "line";
  /** Drawn in the neutral colour of the key (status, precision) rather than the category's. */
  neutral?: boolean;
}

const W = 30;
const H = 18;
/** The swatch's symbol is the size of a site on the map. */
const AREA = SYMBOL_AREA.site;

/** A small drawing of how the map shows a category, status and precision, for the legend and the details. */
export function LegendSwatch({ category, status = "operating", precision = "exact", shape = "point", neutral = false }: Props) {
  const className = `map-swatch map-mark map-mark--${status} map-mark--${precision}`;
  const style = markColor(neutral ? "key" : GROUP_OF[category]);
  const approximate = precision === "approximate" || precision === "schematic";
  if (shape === "line") {
    const d = `M2,${H / 2}L${W - 2},${H / 2}`;
    return (
      <svg
        className={className}
        style={style}
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        aria-hidden="true"
        data-line={lineKind(category)}
      >
        {precision === "approximate" && <path className="map-line__band" d={d} />}
        {status !== "operating" && <path className="map-line__casing" d={d} />}
        <path className="map-line__stroke" d={d} />
        {lineKind(category) === "rail" && <path className="map-line__ties" d={d} />}
      </svg>
    );
  }
  const d = symbolPath(category, category === "city" ? SYMBOL_AREA.town : AREA);
  return (
    <svg className={className} style={style} width={W} height={H} viewBox={`${-W / 2} ${-H / 2} ${W} ${H}`} aria-hidden="true">
      {approximate && <circle className="map-mark__halo" r={Math.sqrt(AREA) / 2 + 3} />}
      <path className="map-mark__symbol" d={d} />
      {status === "under-construction" && <path className="map-mark__half" d={d} clipPath={HALF} />}
    </svg>
  );
}
