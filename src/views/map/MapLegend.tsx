import { FilterChips } from "../../charts/FilterChips";
import { useLocale } from "../../lib/locale";
import { GROUPS, type PlaceGroup } from "./compute";
import { GroupSwatches } from "./GroupSwatches";
import { DimmedKey, StatusKeys } from "./KeyItems";
import { LegendSwatch } from "./LegendSwatch";

interface Props {
  counts: Record<PlaceGroup, number>;
  shown: ReadonlySet<PlaceGroup>;
  /** The groups the reader chose to show. */
  onChange: (shown: PlaceGroup[]) => void;
  /** The focus year, when one is set: the key then explains the faded places. */
  year: number | null;
}

/** The legend, which is also the filter: each group is a toggle button. Below it, the key to status and precision. */
export function MapLegend({ counts, shown, onChange, year }: Props) {
  const { t, tn } = useLocale();
  const groups = GROUPS.filter((g) => counts[g] > 0);
  return (
    <div className="map-legend">
      <FilterChips<PlaceGroup>
        label={t("map.legend.title")}
        items={groups.map((g) => ({
          value: g,
          label: t(`map.group.${g}`),
          count: counts[g],
          sample: <GroupSwatches group={g} />,
        }))}
        shown={groups.filter((g) => shown.has(g))}
        countText={(n) => tn("map.legend.count", n)}
        onChange={onChange}
      />
      <ul className="chart-inline-list map-key" aria-label={t("map.key.title")}>
        <li>
          <LegendSwatch category="gas-pipeline" neutral />
          {t("map.status.operating")}
        </li>
        <StatusKeys />
        <li>
          <LegendSwatch category="gas-pipeline" neutral precision="approximate" />
          {t("map.key.approximatePoint")}
        </li>
        <li>
          <LegendSwatch category="oil-pipeline" neutral shape="line" precision="approximate" />
          {t("map.key.approximateLine")}
        </li>
        <li>
          <LegendSwatch category="gas-pipeline" neutral shape="line" precision="schematic" />
          {t("map.key.schematic")}
        </li>
        <DimmedKey year={year} />
      </ul>
    </div>
  );
}
