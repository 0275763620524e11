import type { PlaceGroup } from "./compute";
import { GROUP_SAMPLE } from "./groupSample";
import { LegendSwatch } from "./LegendSwatch";

/** How the map draws a legend group: its sample symbols or routes, side by side (towns hollow, for orientation). */
export function GroupSwatches({ group }: { group: PlaceGroup }) {
  return (
    <span className="map-legend__swatches">
      {GROUP_SAMPLE[group].map((s) => (
        <LegendSwatch key={s.category} category={s.category} shape={s.shape} status={group === "towns" ? "context" : "operating"} />
      ))}
    </span>
  );
}
