import { useId } from "react";
import { Heading } from "../../charts/Heading";
import type { PlaceFeature } from "../../data/schemas/places";
import { useLocale } from "../../lib/locale";
import { GROUPS, groupOf, isDimmed, isLine, isTown } from "./compute";
import { GroupSwatches } from "./GroupSwatches";
import { LegendSwatch } from "./LegendSwatch";
import { placeName } from "../../data/derive/places";

interface Props {
  /** The places drawn (towns are left out: they are there for orientation). */
  features: readonly PlaceFeature[];
  year: number | null;
  onShow: (id: string) => void;
}

/**
 * Beside the map on wide screens, when nothing is selected: the sites and routes, by legend group, one
 * click from their facts. Each group is a disclosure, closed at first, so the list stays shorter than
 * the map and flows with the page (it never scrolls inside itself).
 */
export function PlaceList({ features, year, onShow }: Props) {
  const { t, fmt } = useLocale();
  const headingId = useId();
  const places = features.filter((f) => !isTown(f));
  const groups = GROUPS.map((g) => ({ group: g, items: places.filter((f) => groupOf(f) === g) })).filter((g) => g.items.length > 0);
  return (
    <div className="map-list" role="group" aria-labelledby={headingId}>
      <Heading depth={1} id={headingId} className="map-list__title">
        {t("map.list.title")}
      </Heading>
      {groups.map(({ group, items }) => (
        <details key={group} className="map-list__group">
          <summary className="map-list__summary">
            <GroupSwatches group={group} />
            <span>{t("map.list.group", { group: t(`map.group.${group}`), count: fmt.number(items.length) })}</span>
          </summary>
          <ul>
            {items.map((f) => (
              <li key={f.id}>
                <button
                  type="button"
                  className={isDimmed(f, year) ? "map-list__item is-dimmed" : "map-list__item"}
                  onClick={() => onShow(f.id)}
                >
                  <LegendSwatch category={f.properties.category} status={f.properties.status} shape={isLine(f) ? "line" : "point"} />
                  <span>{placeName(f)}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
