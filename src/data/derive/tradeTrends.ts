import type { TradePoint, TradeSeries } from "../schemas/trade";
import { sortedPoints } from "./trade";

// How a trade series moved over time, and where two series meet: the figures a teacher's notes quote
// beside the chart (the deepest fall, the fastest year, the average rate, the mirror of two reporters).

export interface Fall {
  /** The high the fall starts from. */
  peak: TradePoint;
  /** The lowest point after it, before a new high. */
  trough: TradePoint;
  /** 1 − trough / peak. */
  fall: number;
}

/** The deepest fall from a high to a later low; null when the series never falls. */
export function deepestFall(series: TradeSeries): Fall | null {
  let deepest: Fall | null = null;
  let peak: TradePoint | undefined;
  for (const point of sortedPoints(series)) {
    if (!peak || point.value >= peak.value) {
      peak = point;
      continue;
    }
    const fall = 1 - point.value / peak.value;
    if (!deepest || fall > deepest.fall) deepest = { peak, trough: point, fall };
  }
  return deepest;
}

export interface YearChange {
  from: TradePoint;
  to: TradePoint;
  /** to / from − 1. */
  change: number;
}

/** The largest rise from one year to the next, over consecutive years only; null when none rose. */
export function fastestYear(series: TradeSeries): YearChange | null {
  const points = sortedPoints(series);
  let fastest: YearChange | null = null;
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!;
    const to = points[i]!;
    if (to.year - from.year !== 1) continue;
    const change = to.value / from.value - 1;
    if (change > 0 && (!fastest || change > fastest.change)) fastest = { from, to, change };
  }
  return fastest;
}

/** The compound yearly growth rate from one point to a later one; null unless `to` is later. */
export function averageGrowth(from: TradePoint, to: TradePoint): number | null {
  const years = to.year - from.year;
  return years > 0 ? (to.value / from.value) ** (1 / years) - 1 : null;
}

export interface SharedYear {
  year: number;
  a: TradePoint;
  b: TradePoint;
}

/** The latest year two series both have a figure for, leaving out third parties' estimates. */
export function latestSharedYear(a: TradeSeries, b: TradeSeries): SharedYear | null {
  const own = (p: TradePoint) => p.estimate !== true;
  const bByYear = new Map(b.points.filter(own).map((p) => [p.year, p]));
  const shared = sortedPoints(a).filter((p) => own(p) && bByYear.has(p.year));
  const last = shared[shared.length - 1];
  const other = last && bByYear.get(last.year);
  return last && other ? { year: last.year, a: last, b: other } : null;
}

export interface YearsHigher {
  from: number;
  to: number;
  /** Years both series have an own figure for (not an estimate). */
  years: number;
  /** Of those, the years where `a` is the higher. */
  higher: number;
}

/** Over the years two series share, how often the first is the higher; null when they share none. */
export function yearsHigher(a: TradeSeries, b: TradeSeries): YearsHigher | null {
  const own = (p: TradePoint) => p.estimate !== true;
  const bByYear = new Map(b.points.filter(own).map((p) => [p.year, p.value]));
  const shared = sortedPoints(a).filter((p) => own(p) && bByYear.has(p.year));
  const first = shared[0];
  const last = shared[shared.length - 1];
  if (!first || !last) return null;
  const higher = shared.filter((p) => p.value > (bByYear.get(p.year) ?? Infinity)).length;
  return { from: first.year, to: last.year, years: shared.length, higher };
}
