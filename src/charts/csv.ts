/** One CSV column: a header and how to read a row's cell. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * RFC 4180 CSV with a header row. Cells that a spreadsheet would run as a formula (starting with
 * = + - @) are prefixed with an apostrophe, since the data's text comes from outside sources.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const cell = (v: string | number | boolean | null | undefined): string => {
    if (v === null || v === undefined) return "";
    let text = String(v);
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((c) => cell(c.header)).join(",")];
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
