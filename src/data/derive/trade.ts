import type { TradeFile, TradePoint, TradeSeries } from "../schemas/trade";

// Figures the trade data states, read by the trade view, the dashboard's lede and the presentation.

/** A series by id, or undefined when the file has none by that id. */
export function seriesById(file: TradeFile, id: string): TradeSeries | undefined {
  return file.series.find((s) => s.id === id);
}

/** Points sorted by year (the file is in order, but a view must not depend on it). */
export function sortedPoints(series: TradeSeries): TradePoint[] {
  return [...series.points].sort((a, b) => a.year - b.year);
}

export interface Headline {
  first: TradePoint;
  latest: TradePoint;
  /** latest / first. */
  multiple: number;
}

/** The first and latest values of a series and the multiple between them; null for an empty series. */
export function headline(series: TradeSeries): Headline | null {
  const points = sortedPoints(series);
  const first = points[0];
  const latest = points[points.length - 1];
  if (!first || !latest) return null;
  return { first, latest, multiple: latest.value / first.value };
}

export interface ReporterGap {
  year: number;
  cn: number;
  kz: number;
  /** How much more China's customs record than Kazakhstan's statistics: cn / kz − 1. */
  ratio: number;
}

/** The latest year both reporters have a total for, and the gap between them. */
export function latestReporterGap(cn: TradeSeries, kz: TradeSeries): ReporterGap | null {
  const cnByYear = new Map(cn.points.map((p) => [p.year, p.value]));
  const shared = sortedPoints(kz).filter((p) => cnByYear.has(p.year));
  const last = shared[shared.length - 1];
  if (!last) return null;
  const cnValue = cnByYear.get(last.year) ?? 0;
  return { year: last.year, cn: cnValue, kz: last.value, ratio: cnValue / last.value - 1 };
}
