import { useLocale } from "../../lib/locale";
import type { PlaceGroup } from "./compute";
import { GroupSwatches } from "./GroupSwatches";
import { DimmedKey, StatusKeys } from "./KeyItems";

interface Props {
  /** The groups on the map now, in the legend's order. */
  groups: readonly PlaceGroup[];
  /** The focus year, when one is set: the key then explains the faded places. */
  year: number | null;
}

/**
 * The key when the legend is folded away (a slide, `controls=compact|none`): what each symbol on the map
 * stands for, and how a project not yet in operation is drawn. It only reads; the legend's filters, with
 * the whole key, are in Options.
 */
export function MapCompactKey({ groups, year }: Props) {
  const { t } = useLocale();
  return (
    <ul className="chart-inline-list map-compact-key" aria-label={t("map.key.title")}>
      {groups.map((g) => (
        <li key={g}>
          <GroupSwatches group={g} />
          {t(`map.group.${g}`)}
        </li>
      ))}
      <StatusKeys />
      <DimmedKey year={year} />
    </ul>
  );
}
