import { SourceLine } from "../../charts/SourceLine";
import type { Volume } from "../../data/schemas/places";
import { useLocale } from "../../lib/locale";
import { unitName } from "../../lib/units";
import { volumeYears } from "./volumes";

/**
 * What moves through a place, year by year: one row per measure (a pipeline's oil, and the parts of it the source
 * gives), one column per year any measure has; a year a measure has no published figure for says so.
 */
export function MapVolumes({ volumes }: { volumes: readonly Volume[] }) {
  const locale = useLocale();
  const { t, fmt } = locale;
  const years = volumeYears(volumes);
  // One unit for every measure (the usual case) is said once, in the caption.
  const shared = volumes.every((v) => v.unit === volumes[0]?.unit) ? (volumes[0]?.unit ?? null) : null;
  return (
    <div className="map-volumes">
      <table className="map-volumes__table">
        <caption>{shared ? t("map.volumes.titleUnit", { unit: unitName(locale, shared) }) : t("map.volumes.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("map.volumes.measure")}</th>
            {years.map((year) => (
              <th key={year} scope="col" className="is-numeric">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {volumes.map((v) => (
            <tr key={v.measure}>
              <th scope="row">
                {v.measure}
                {!shared && (
                  <>
                    {" "}
                    <span className="map-volumes__unit">{t("map.volumes.unit", { unit: unitName(locale, v.unit) })}</span>
                  </>
                )}
              </th>
              {years.map((year) => {
                const point = v.points.find((p) => p.year === year);
                return (
                  <td key={year} className={point ? "is-numeric" : "is-numeric is-unknown"}>
                    {point ? fmt.number(point.value) : t("value.unknown")}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {volumes.some((v) => v.note) && (
        <ul className="map-volumes__notes">
          {volumes
            .filter((v) => v.note)
            .map((v) => (
              <li key={v.measure}>{v.note}</li>
            ))}
        </ul>
      )}
      <SourceLine ids={volumes.flatMap((v) => v.sources)} />
    </div>
  );
}
