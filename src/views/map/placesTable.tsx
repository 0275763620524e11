import { sourceCsvColumns } from "../../charts/sourceColumns";
import type { Column } from "../../charts/DataTable";
import type { CsvColumn } from "../../charts/csv";
import type { Cost, PlaceFeature } from "../../data/schemas/places";
import type { Source } from "../../data/schemas/sources";
import type { Locale } from "../../lib/locale";
import { anchorOf, groupOf, GROUPS, placeSourceIds, startYear } from "./compute";
import { costText, formatDate } from "./placeText";
import { placeName } from "../../data/derive/places";
import { latestVolume, volumesCsv } from "./volumes";
import { quantityText } from "../../lib/units";

/** The places in legend order, then west to east: the table's and the CSV's order. */
export function placeRows(features: readonly PlaceFeature[]): PlaceFeature[] {
  const rank = (f: PlaceFeature) => GROUPS.indexOf(groupOf(f));
  return [...features].sort((a, b) => rank(a) - rank(b) || anchorOf(a)[0] - anchorOf(b)[0]);
}

export const rowKey = (f: PlaceFeature) => f.id;

/**
 * The table alternative to the map: every place, whatever the filters, each with a button to show it.
 * `sourceName` names whose figure each cost is.
 */
export function tableColumns(locale: Locale, onShow: (id: string) => void, sourceName: (id: string) => string): Column<PlaceFeature>[] {
  const { t } = locale;
  const dates = (f: PlaceFeature) => {
    const d = f.properties.dates ?? {};
    const dated = (key: "agreed" | "constructionStart" | "operation") => {
      const date = d[key];
      return date ? [t("text.labelled", { label: t(`map.details.${key}`), value: formatDate(locale, date) })] : [];
    };
    return locale.fmt.entries([...dated("agreed"), ...dated("constructionStart"), ...dated("operation")]);
  };
  const quantities = (f: PlaceFeature) =>
    locale.fmt.entries(
      [...(f.properties.capacity ?? []), ...(f.properties.length ? [f.properties.length] : [])].map((q) =>
        quantityText(locale, q.value, q.unit),
      ),
    );
  return [
    {
      id: "name",
      header: t("map.table.name"),
      cell: (f) => (
        <button type="button" className="map-table__show" onClick={() => onShow(f.id)} title={t("map.table.show")}>
          {placeName(f)}
        </button>
      ),
      sortValue: (f) => placeName(f),
    },
    {
      id: "category",
      header: t("map.table.category"),
      cell: (f) => t(`map.category.${f.properties.category}`),
      sortValue: (f) => GROUPS.indexOf(groupOf(f)),
    },
    {
      id: "status",
      header: t("map.table.status"),
      cell: (f) => t(`map.status.${f.properties.status}`),
      sortValue: (f) => f.properties.status,
    },
    { id: "dates", header: t("map.table.dates"), cell: dates, sortValue: (f) => startYear(f) ?? Number.POSITIVE_INFINITY },
    { id: "size", header: t("map.table.size"), cell: quantities },
    {
      id: "cost",
      header: t("map.table.cost"),
      cell: (f) => locale.fmt.entries((f.properties.cost ?? []).map((c) => costText(locale, c, sourceName))),
    },
    {
      id: "volume",
      header: t("map.table.volume"),
      cell: (f) => {
        const latest = latestVolume(f);
        return latest ? t("map.table.volumeValue", { quantity: quantityText(locale, latest.value, latest.unit), year: latest.year }) : "";
      },
      sortValue: (f) => latestVolume(f)?.value ?? Number.NEGATIVE_INFINITY,
    },
    {
      id: "precision",
      header: t("map.table.precision"),
      cell: (f) => t(`map.precision.${f.properties.precision}`),
      sortValue: (f) => f.properties.precision,
    },
  ];
}

// The CSV's cells hold the data's own values in a form a spreadsheet reads the same in every language: lists
// joined with "; ", amounts in the data's units. (Its header row is in the reader's language.)
/* eslint-disable local/no-text-concatenation */
export function csvColumns(sources: readonly Source[]): CsvColumn<PlaceFeature>[] {
  const quantity = (q: { value: number; unit: string; label?: string | undefined }) =>
    `${q.value} ${q.unit}${q.label ? ` (${q.label})` : ""}`;
  const costs = (f: PlaceFeature) => (f.properties.cost ?? []).map(costCsv).join("; ");
  const costNotes = (f: PlaceFeature) =>
    (f.properties.cost ?? [])
      .flatMap((c) => [c.method, c.note])
      .filter(Boolean)
      .join(" ");
  return [
    { header: "id", value: (f) => f.id },
    { header: "name", value: (f) => f.properties.name },
    { header: "category", value: (f) => f.properties.category },
    { header: "status", value: (f) => f.properties.status },
    { header: "geometry", value: (f) => f.geometry.type },
    { header: "longitude", value: (f) => (f.geometry.type === "Point" ? f.geometry.coordinates[0] : "") },
    { header: "latitude", value: (f) => (f.geometry.type === "Point" ? f.geometry.coordinates[1] : "") },
    { header: "precision", value: (f) => f.properties.precision },
    { header: "agreed", value: (f) => f.properties.dates?.agreed },
    { header: "construction_start", value: (f) => f.properties.dates?.constructionStart },
    { header: "operation", value: (f) => f.properties.dates?.operation },
    { header: "capacity", value: (f) => (f.properties.capacity ?? []).map(quantity).join("; ") },
    { header: "length", value: (f) => (f.properties.length ? quantity(f.properties.length) : "") },
    { header: "owners", value: (f) => (f.properties.owners ?? []).join("; ") },
    { header: "builders", value: (f) => (f.properties.builders ?? []).join("; ") },
    { header: "cost", value: costs },
    { header: "cost_notes", value: costNotes },
    { header: "volumes", value: volumesCsv },
    { header: "description", value: (f) => f.properties.description },
    { header: "confidence", value: (f) => f.properties.confidence },
    { header: "note", value: (f) => f.properties.note },
    ...sourceCsvColumns(sources, placeSourceIds),
  ];
}

const CSV_QUALIFIER: Record<Exclude<Cost["qualifier"], "range">, string> = {
  exact: "",
  about: "about ",
  "more-than": "more than ",
  almost: "almost ",
};

/**
 * One cost for the CSV, in the data's own units so a spreadsheet can read the figures:
 * "about 14 KZT billion = about 32.8 USD million (stage 1; verified; jjtv-turgusun)".
 */
export function costCsv(c: Cost): string {
  const prefix = c.qualifier === "range" ? "" : CSV_QUALIFIER[c.qualifier];
  const amount = c.qualifier === "range" ? `${c.min}–${c.max} ${c.unit}` : `${prefix}${c.value} ${c.unit}`;
  const usd = c.usdEquivalent ? ` = ${prefix}${c.usdEquivalent.value} ${c.usdEquivalent.unit}` : "";
  const scope = c.asOf ? `${c.covers}, as of ${c.asOf}` : c.covers;
  return `${amount}${usd} (${scope}; ${c.confidence}; ${c.sources.join(", ")})`;
}
/* eslint-enable local/no-text-concatenation */
