import { isMessageKey, type MessageKey, type Translate, type Vars } from "../lib/i18n";

/** One CSV column: a header and how to read a row's cell. */
export interface CsvColumn<Row> {
  /**
   * The column's name as a key ("year", "value_usd_million"), the header of the English file. In another language
   * the header is the message `csv.column.<header>` (or `label`).
   */
  header: string;
  /** The column's name as a message with values, for a column a key alone does not name ("cn_total_mark"). */
  label?: { key: MessageKey; vars?: Vars };
  value: (row: Row) => string | number | boolean | null | undefined;
}

/** A column's header in the reader's language: its label, the catalog's name for its key, or else the key. */
export function csvHeader<Row>(column: CsvColumn<Row>, t: Translate): string {
  if (column.label) return t(column.label.key, column.label.vars);
  const key = `csv.column.${column.header}`;
  return isMessageKey(key) ? t(key) : column.header;
}

/**
 * RFC 4180 CSV with a header row, in the language of `t` (the keys without it). Cells that a spreadsheet would
 * run as a formula (starting with = + - @) are prefixed with an apostrophe, since the data's text comes from
 * outside sources.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], t?: Translate): string {
  const cell = (v: string | number | boolean | null | undefined): string => {
    if (v === null || v === undefined) return "";
    let text = String(v);
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((c) => cell(t ? csvHeader(c, t) : c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** Offers text as a file download, without a server round trip. */
export function downloadText(filename: string, text: string, type = "text/csv;charset=utf-8"): void {
  // The BOM lets Excel read UTF-8 (Chinese, Russian, Kazakh names) correctly.
  const blob = new Blob([type.startsWith("text/csv") ? "\uFEFF" : "", text], { type });
  downloadBlob(filename, blob);
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
