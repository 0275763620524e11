import type { Formatters } from "../lib/format";
import type { Translate } from "../lib/i18n";

/** What a citation of a view names: the view as it is now, the data's release and the sources behind it. */
export interface CitationInput {
  viewId: string;
  title: string;
  /** The view's address with its state (year, scale, filters). */
  url: string;
  /** The data's release (sources.json), or null until it has loaded. */
  release: { version: string; updated: string } | null;
  /** The day of access, YYYY-MM-DD. */
  accessed: string;
  /** The sources behind what the view shows, as one line of text. */
  sources: string;
}

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
  ris: string;
}

const AUTHOR = "Silk Road Ledger";

/** BibTeX's special characters, escaped so a title or a source name cannot break the entry. */
const bibtexText = (text: string) => text.replace(/([{}%&#_$\\])/g, "\\$1");

/** The view's citation in APA and Chicago style (whole templates from the catalog), in BibTeX, and as RIS. */
export function citations(input: CitationInput, t: Translate, fmt: Formatters): Citations {
  const { viewId, title, url, release, accessed, sources } = input;
  const version = release?.version ?? t("value.unknown");
  const updatedDay = release?.updated ?? null;
  const year = (updatedDay ?? accessed).slice(0, 4);
  const vars = {
    title,
    url,
    version,
    year,
    updated: updatedDay ? fmt.date(updatedDay, "day") : t("value.unknown"),
    accessed: fmt.date(accessed, "day"),
    sources,
  };
  const note = `Data version ${version}${updatedDay ? `, updated ${updatedDay}` : ""}. Data sources: ${sources}.`;
  const bibtex = [
    `@misc{silkroadledger-${viewId}-${accessed.replace(/-/g, "")},`,
    `  author = {{${AUTHOR}}},`,
    `  title = {{${bibtexText(title)}}},`,
    `  year = {${year}},`,
    `  version = {${bibtexText(version)}},`,
    `  url = {${url}},`,
    `  urldate = {${accessed}},`,
    `  note = {${bibtexText(note)}}`,
    "}",
  ].join("\n");
  const risDate = (day: string) => day.replace(/-/g, "/");
  const ris = [
    "TY  - DATA",
    `AU  - ${AUTHOR}`,
    `TI  - ${title}`,
    `PY  - ${year}`,
    ...(updatedDay ? [`DA  - ${risDate(updatedDay)}`] : []),
    `ET  - ${version}`,
    `UR  - ${url}`,
    `Y2  - ${risDate(accessed)}`,
    `DB  - ${AUTHOR}`,
    `N1  - ${note}`,
    "ER  - ",
    "",
  ].join("\r\n");
  return { apa: t("cite.apa", vars), chicago: t("cite.chicago", vars), bibtex, ris };
}
