import { useId, type ReactNode, type RefObject } from "react";
import { Heading } from "../../charts/Heading";
import { CloseButton } from "./CloseButton";
import { SourceLine } from "../../charts/SourceLine";
import type { PlaceFeature } from "../../data/schemas/places";
import { useLocale } from "../../lib/locale";
import { richText } from "../../lib/richText";
import { isLine, isTown, placeSourceIds } from "./compute";
import { LegendSwatch } from "./LegendSwatch";
import { MapVolumes } from "./MapVolumes";
import { costLine, dimmedText, formatDate, placeStatusText } from "./placeText";
import { placeName } from "../../data/derive/places";
import { quantityText } from "../../lib/units";

interface Props {
  feature: PlaceFeature;
  year: number | null;
  onClose: () => void;
  /** Changes when the heading should take the keyboard focus (a place opened with Enter or Space). */
  /** The heading, which the view focuses when a place is opened by keyboard. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** A source's publisher, to say whose figure each cost is (the id until sources.json has loaded). */
  sourceName: (id: string) => string;
}

/** The facts of the selected place: dates, capacity, length, owners, builders, cost, location, sources. */
export function PlaceDetails({ feature: f, year, onClose, headingRef, sourceName }: Props) {
  const locale = useLocale();
  const { t, fmt } = locale;
  const headingId = useId();
  const p = f.properties;
  const site = !isTown(f);
  const unknown = <span className="map-details__unknown">{t("value.unknown")}</span>;

  const rows: [string, ReactNode][] = [];
  const dates = p.dates ?? {};
  if (dates.agreed) rows.push([t("map.details.agreed"), formatDate(locale, dates.agreed)]);
  if (dates.constructionStart) rows.push([t("map.details.constructionStart"), formatDate(locale, dates.constructionStart)]);
  if (dates.operation) rows.push([t("map.details.operation"), formatDate(locale, dates.operation)]);
  if (site && !dates.agreed && !dates.constructionStart && !dates.operation) rows.push([t("map.details.dates"), unknown]);
  if (site) {
    rows.push([
      t("map.details.capacity"),
      p.capacity?.length ? (
        <ul className="map-details__list">
          {p.capacity.map((q, i) => (
            <li key={i}>
              {/* A separator, not parentheses: the labels often hold parentheses of their own. */}
              {q.label
                ? richText(t("text.explained"), {
                    text: quantityText(locale, q.value, q.unit),
                    detail: <span className="map-details__qualifier">{q.label}</span>,
                  })
                : quantityText(locale, q.value, q.unit)}
            </li>
          ))}
        </ul>
      ) : (
        unknown
      ),
    ]);
  }
  if (isLine(f)) {
    rows.push([
      t("map.details.length"),
      p.length ? (
        <>
          {p.length.label
            ? richText(t("text.explained"), {
                text: quantityText(locale, p.length.value, p.length.unit),
                detail: <span className="map-details__qualifier">{p.length.label}</span>,
              })
            : quantityText(locale, p.length.value, p.length.unit)}
        </>
      ) : (
        unknown
      ),
    ]);
  }
  if (site) {
    rows.push([t("map.details.owners"), p.owners?.length ? fmt.list([...p.owners]) : unknown]);
    rows.push([t("map.details.builders"), p.builders?.length ? fmt.list([...p.builders]) : unknown]);
  }
  // Only where a cost is sourced: most places have none, and "unknown" on each would be noise.
  if (p.cost?.length) {
    rows.push([
      t("map.details.cost"),
      <ul className="map-details__list">
        {p.cost.map((c, i) => (
          <li key={i}>
            {c.confidence === "verified"
              ? costLine(locale, c, sourceName)
              : richText(t("map.cost.flagged"), {
                  text: costLine(locale, c, sourceName),
                  confidence: (
                    <span className={c.confidence === "unverified" ? "map-details__flag" : "map-details__qualifier"}>
                      {t(`confidence.${c.confidence}`)}
                    </span>
                  ),
                })}
            {c.method && <span className="map-details__cost-note">{c.method}</span>}
            {c.note && <span className="map-details__cost-note">{c.note}</span>}
          </li>
        ))}
      </ul>,
    ]);
  }
  rows.push([t("map.details.location"), locationText()]);
  rows.push([
    t("map.details.confidence"),
    <span className={p.confidence === "unverified" ? "map-details__flag" : undefined}>{t(`confidence.${p.confidence}`)}</span>,
  ]);

  function locationText(): string {
    const precision = t(`map.precision.${p.precision}`);
    if (f.geometry.type !== "Point") return precision;
    const [lon, lat] = f.geometry.coordinates;
    return t("text.pair", { first: t("map.coordinates", { lat: fmt.number(lat), lon: fmt.number(lon) }), second: precision });
  }

  const dimmed = dimmedText(locale, f, year);
  return (
    <section
      className="map-details"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.preventDefault();
        onClose();
      }}
    >
      <div className="map-details__head">
        <Heading depth={1} id={headingId} ref={headingRef} tabIndex={-1} className="map-details__title">
          {placeName(f)}
        </Heading>
        <CloseButton label={t("map.details.close")} onClose={onClose} />
      </div>
      <p className="map-details__kind">
        <LegendSwatch category={p.category} status={p.status} shape={isLine(f) ? "line" : "point"} />
        {placeStatusText(locale, f)}
      </p>
      {dimmed && <p className="map-details__caveat">{dimmed}</p>}
      <p className="map-details__description">{p.description}</p>
      <dl className="map-details__facts">
        {rows.map(([term, value]) => (
          <div key={term} className="map-details__fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {p.volumes && <MapVolumes volumes={p.volumes} />}
      {p.method && <p className="map-details__note">{p.method}</p>}
      {p.note && <p className="map-details__note">{p.note}</p>}
      <SourceLine ids={placeSourceIds(f)} />
    </section>
  );
}
