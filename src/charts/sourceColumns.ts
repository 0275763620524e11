import type { Source } from "../data/schemas/sources";
import type { CsvColumn } from "./csv";

/**
 * The source columns every CSV download ends with, built one way: the ids as in the data files, the publishers'
 * names, their URLs, and each source's tier (primary, secondary, reprint: data/README.md). An id missing from
 * sources.json keeps its id as the name, and an empty tier.
 */
// A CSV cell's list in the CSV's own form, "; " in every language (the header row is in the reader's language).
/* eslint-disable local/no-text-concatenation */
export function sourceCsvColumns<Row>(sources: readonly Source[], idsOf: (row: Row) => readonly string[]): CsvColumn<Row>[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return [
    { header: "source_ids", value: (row) => idsOf(row).join("; ") },
    {
      header: "sources",
      value: (row) =>
        idsOf(row)
          .map((id) => byId.get(id)?.publisher ?? id)
          .join("; "),
    },
    {
      header: "source_urls",
      value: (row) =>
        idsOf(row)
          .map((id) => byId.get(id)?.url ?? "")
          .filter(Boolean)
          .join(" "),
    },
    {
      header: "source_tiers",
      value: (row) =>
        idsOf(row)
          .map((id) => byId.get(id)?.tier ?? "")
          .join("; "),
    },
  ];
}
/* eslint-enable local/no-text-concatenation */
