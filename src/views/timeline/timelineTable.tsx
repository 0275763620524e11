import { sourceCsvColumns } from "../../charts/sourceColumns";
import type { Source } from "../../data/schemas/sources";
import type { Column } from "../../charts/DataTable";
import type { CsvColumn } from "../../charts/csv";
import type { Level, TimelineEvent } from "../../data/schemas/timeline";
import type { Locale } from "../../lib/locale";
import { levelName } from "../../data/derive/timeline";
import { eventDateText } from "../../data/derive/timeline";

export const rowKey = (e: TimelineEvent) => e.id;

/** The data table's columns: every event, named by its title, with its date, category, description, rung and sources. */
export function tableColumns(
  { t, fmt, lang }: Locale,
  levelOf: (e: TimelineEvent) => Level | undefined,
  sourceName: (id: string) => string,
): Column<TimelineEvent>[] {
  return [
    // One row per event, named by its title, which stays in sight while the other columns scroll by.
    { id: "event", header: t("timeline.table.event"), cell: (e) => e.title, sortValue: (e) => e.title, text: true },
    { id: "date", header: t("timeline.table.date"), cell: (e) => eventDateText(lang, fmt, e), sortValue: (e) => e.date },
    {
      id: "category",
      header: t("timeline.table.category"),
      cell: (e) => t(`timeline.category.${e.category}`),
      sortValue: (e) => t(`timeline.category.${e.category}`),
    },
    { id: "description", header: t("timeline.table.description"), cell: (e) => e.description, text: true },
    {
      id: "level",
      header: t("timeline.table.level"),
      cell: (e) => {
        const level = levelOf(e);
        return level ? levelName(level) : "";
      },
    },
    {
      id: "confidence",
      header: t("timeline.table.confidence"),
      cell: (e) => t(`confidence.${e.confidence}`),
      sortValue: (e) => e.confidence,
    },
    { id: "sources", header: t("timeline.table.sources"), cell: (e) => fmt.list(e.sources.map(sourceName)), text: true },
  ];
}

/** The CSV download: the data file's fields, one event a line, names as in timeline.json, then its sources. */
export const csvColumns = (sources: readonly Source[]): CsvColumn<TimelineEvent>[] => [
  { header: "id", value: (e) => e.id },
  { header: "date", value: (e) => e.date },
  { header: "precision", value: (e) => e.precision },
  { header: "endDate", value: (e) => e.endDate },
  { header: "category", value: (e) => e.category },
  { header: "title", value: (e) => e.title },
  { header: "description", value: (e) => e.description },
  { header: "level", value: (e) => e.level },
  { header: "major", value: (e) => e.major ?? false },
  { header: "confidence", value: (e) => e.confidence },
  { header: "note", value: (e) => e.note },
  ...sourceCsvColumns(sources, (e: TimelineEvent) => e.sources),
];
