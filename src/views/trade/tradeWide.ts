import type { TradeFile, TradePoint, TradeSeries } from "../../data/schemas/trade";
import { uniqueIds } from "../../lib/uniqueIds";
import { yearExtent } from "./compute";

/** One series' figure in one year of the wide table. */
export interface TradeCell {
  /** Null: the reporter published no figure for that year (never read as 0). */
  point: TradePoint | null;
  /** Change on the year before, as a fraction; null without a figure this year or the year before (no change across a gap). */
  change: number | null;
}

/** One year of the wide table: every series' figure and change, and every source cited that year. */
export interface TradeYear {
  year: number;
  /** By series id, for every series in the file. */
  cells: Readonly<Record<string, TradeCell>>;
  /** Source ids of that year's figures, in the order of the columns, without repeats. */
  sources: string[];
}

const FLOW_ORDER = { total: 0, exports: 1, imports: 2 } as const;

/** The wide table's columns: each reporter in the file's order, then total, exports, imports. */
export function wideSeries(file: TradeFile): TradeSeries[] {
  const reporterOrder = new Map(file.reporters.map((r, i) => [r.id, i]));
  const rank = (s: TradeSeries) => reporterOrder.get(s.reporter) ?? file.reporters.length;
  return [...file.series].sort((a, b) => rank(a) - rank(b) || FLOW_ORDER[a.flow] - FLOW_ORDER[b.flow]);
}

/** Every year from the first to the latest of any series, one row each, even a year no series reports. */
export function tradeYears(file: TradeFile): TradeYear[] {
  const series = wideSeries(file);
  const byYear = new Map(series.map((s) => [s.id, new Map(s.points.map((p) => [p.year, p]))]));
  const [first, last] = yearExtent(file);
  const years: TradeYear[] = [];
  for (let year = first; year <= last; year += 1) {
    const cells: Record<string, TradeCell> = {};
    for (const s of series) {
      const points = byYear.get(s.id)!;
      const point = points.get(year) ?? null;
      const before = points.get(year - 1);
      cells[s.id] = { point, change: point && before ? point.value / before.value - 1 : null };
    }
    const sources = uniqueIds(...series.map((s) => cells[s.id]?.point?.sources ?? []));
    years.push({ year, cells, sources });
  }
  return years;
}

/** Why a figure is marked in the table (the chart draws the same ones hollow, plus derived figures). */
export type TradeMark = "estimate" | "derived" | "unverified";

/** A figure's mark, or null for a figure the reporter published and a source confirms. */
export function markOf(p: TradePoint): TradeMark | null {
  if (p.estimate === true) return "estimate";
  if (p.confidence === "unverified") return "unverified";
  if (p.confidence === "derived" || p.method !== undefined) return "derived";
  return null;
}

/** A marked figure's note, numbered from 1 in reading order: year by year, column by column. */
export interface TradeNote {
  n: number;
  year: number;
  series: TradeSeries;
  point: TradePoint;
  mark: TradeMark;
}

/** The notes under the table, one per marked figure. */
export function tradeNotes(file: TradeFile, years: readonly TradeYear[]): TradeNote[] {
  const series = wideSeries(file);
  const notes: TradeNote[] = [];
  for (const { year, cells } of years) {
    for (const s of series) {
      const point = cells[s.id]?.point;
      const mark = point ? markOf(point) : null;
      if (point && mark) notes.push({ n: notes.length + 1, year, series: s, point, mark });
    }
  }
  return notes;
}

/** A note's key, for looking one up from its cell. */
export const noteKey = (seriesId: string, year: number) => `${seriesId}-${year}`;
