import type { CorridorExit } from "./corridor";

/** Length (px) of the arrowhead where the corridor leaves the map. */
const ARROW = 9;

/** An arrowhead where the corridor leaves the map, pointing the way it goes (to the inset, and the coast). */
export function CorridorArrow({ exit }: { exit: CorridorExit }) {
  const h = ARROW * 0.6;
  return (
    <path
      className="map-corridor__arrow"
      d={`M0,0L${-ARROW},${-h}L${-ARROW},${h}Z`}
      transform={`translate(${Math.round(exit.x * 10) / 10},${Math.round(exit.y * 10) / 10}) rotate(${Math.round(exit.angle)})`}
      aria-hidden="true"
    />
  );
}
