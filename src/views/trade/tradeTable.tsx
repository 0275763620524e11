import { sourceCsvColumns } from "../../charts/sourceColumns";
import type { Column } from "../../charts/DataTable";
import type { CsvColumn } from "../../charts/csv";
import type { Source } from "../../data/schemas/sources";
import type { TradeFile, TradePoint, TradeSeries } from "../../data/schemas/trade";
import type { Locale } from "../../lib/locale";

/** One value of one series: the long (tidy) form the table and the CSV use. */
export interface TradeRow {
  series: TradeSeries;
  point: TradePoint;
}

/** Every value of every series, by year then series: nothing the chart hides is left out. */
export function tradeRows(file: TradeFile): TradeRow[] {
  return file.series
    .flatMap((series) => series.points.map((point) => ({ series, point })))
    .sort((a, b) => a.point.year - b.point.year || a.series.id.localeCompare(b.series.id));
}

export const rowKey = (r: TradeRow) => `${r.series.id}-${r.point.year}`;

/** The table's columns; series are named as the chart and its legend name them, in the reader's language. */
export function tableColumns(
  { t, fmt }: Locale,
  sourceName: (id: string) => string,
  seriesLabel: (s: TradeSeries) => string,
): Column<TradeRow>[] {
  return [
    { id: "year", header: t("trade.table.year"), cell: (r) => r.point.year, sortValue: (r) => r.point.year },
    { id: "series", header: t("trade.table.series"), cell: (r) => seriesLabel(r.series), sortValue: (r) => seriesLabel(r.series) },
    {
      id: "value",
      header: t("trade.table.value"),
      cell: (r) => fmt.usdExact(r.point.value),
      sortValue: (r) => r.point.value,
      numeric: true,
    },
    {
      id: "confidence",
      header: t("trade.table.confidence"),
      cell: (r) => (
        <>
          {t(`confidence.${r.point.confidence}`)}
          {r.point.estimate ? ` · ${t("trade.estimate")}` : ""}
          {r.point.method ? <span className="trade-table__method"> ({r.point.method})</span> : null}
        </>
      ),
      sortValue: (r) => r.point.confidence,
    },
    { id: "sources", header: t("trade.table.sources"), cell: (r) => r.point.sources.map(sourceName).join("; ") },
  ];
}

export function csvColumns(sources: readonly Source[]): CsvColumn<TradeRow>[] {
  return [
    { header: "year", value: (r) => r.point.year },
    { header: "reporter", value: (r) => r.series.reporter },
    { header: "flow", value: (r) => r.series.flow },
    { header: "series", value: (r) => r.series.label },
    { header: "value_usd_million", value: (r) => r.point.value },
    { header: "confidence", value: (r) => r.point.confidence },
    { header: "estimate", value: (r) => (r.point.estimate ? "yes" : "") },
    { header: "method", value: (r) => r.point.method },
    { header: "note", value: (r) => r.point.note },
    ...sourceCsvColumns(sources, (r: TradeRow) => r.point.sources),
  ];
}
