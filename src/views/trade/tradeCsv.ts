import { ascending } from "d3-array";
import type { CsvColumn } from "../../charts/csv";
import { sourceCsvColumns } from "../../charts/sourceColumns";
import type { Source } from "../../data/schemas/sources";
import type { TradeFile, TradePoint, TradeSeries } from "../../data/schemas/trade";
import { markOf, wideSeries, type TradeYear } from "./tradeWide";

/** One value of one series: the long (tidy) form of the CSV download. */
export interface TradeRow {
  series: TradeSeries;
  point: TradePoint;
}

/** Every value of every series, by year then series: nothing the chart hides is left out. */
export function tradeRows(file: TradeFile): TradeRow[] {
  return file.series
    .flatMap((series) => series.points.map((point) => ({ series, point })))
    .sort((a, b) => a.point.year - b.point.year || ascending(a.series.id, b.series.id));
}

/** The long CSV: one line per year and series, the exact value as published, its confidence, method, note and sources. */
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

/** Change as a percentage to two decimals: enough to compare, without a float's tail ("18.339999…"). */
const percent = (fraction: number) => Math.round(fraction * 10_000) / 100;

/**
 * The wide CSV: one line per year, and for each series (named by its id: cn_total, kz_imports…) its value,
 * its change on the year before in percent, and its mark (estimate, derived, unverified); then the year's
 * sources. A year a series does not report is an empty cell, never 0; no change is computed across a gap.
 */
export function wideCsvColumns(file: TradeFile, sources: readonly Source[]): CsvColumn<TradeYear>[] {
  return [
    { header: "year", value: (y) => y.year },
    ...wideSeries(file).flatMap((s): CsvColumn<TradeYear>[] => {
      const name = s.id.replace(/-/g, "_");
      const cell = (y: TradeYear) => y.cells[s.id];
      return [
        { header: `${name}_usd_million`, label: { key: "csv.series.value", vars: { series: name } }, value: (y) => cell(y)?.point?.value },
        {
          header: `${name}_change_pct`,
          label: { key: "csv.series.change", vars: { series: name } },
          value: (y) => {
            const change = cell(y)?.change;
            return change === null || change === undefined ? null : percent(change);
          },
        },
        {
          header: `${name}_mark`,
          label: { key: "csv.series.mark", vars: { series: name } },
          value: (y) => {
            const point = cell(y)?.point;
            return point ? markOf(point) : null;
          },
        },
      ];
    }),
    ...sourceCsvColumns(sources, (y: TradeYear) => y.sources),
  ];
}
