import { useLocale } from "../../lib/locale";
import { LegendSwatch } from "./LegendSwatch";

/** How a project not yet in operation is drawn, in the order the key lists them. */
const NOT_YET = ["under-construction", "planned"] as const;

/** The key's lines for projects not yet in operation: half filled, or hollow. */
export function StatusKeys() {
  const { t } = useLocale();
  return NOT_YET.map((status) => (
    <li key={status}>
      <LegendSwatch category="gas-pipeline" neutral status={status} />
      {t(`map.status.${status}`)}
    </li>
  ));
}

/** The key's line for the places faded by a focus year: shown only while a year is set. */
export function DimmedKey({ year }: { year: number | null }) {
  const { t } = useLocale();
  if (year === null) return null;
  return (
    <li>
      <span className="map-key__dimmed">
        <LegendSwatch category="gas-pipeline" neutral />
      </span>
      {t("map.key.dimmed", { year })}
    </li>
  );
}
