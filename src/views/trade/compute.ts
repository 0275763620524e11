import { ascending, max, min } from "d3-array";
import { sortedPoints } from "../../data/derive/trade";
import type { TimelineEvent } from "../../data/schemas/timeline";
import type { Flow, Reporter, TradeFile, TradePoint, TradeSeries } from "../../data/schemas/trade";
import { yearOf as yearOfDate } from "../../lib/partialDate";
import { uniqueIds } from "../../lib/uniqueIds";
import type { FlowChoice, ReporterChoice, Scale } from "./urlKeys";

export const yearOf = (p: TradePoint) => p.year;
export const valueOf = (p: TradePoint) => p.value;

/** The series the reader asked for: each chosen reporter's total, or its exports and imports. */
export function selectSeries(file: TradeFile, reporter: ReporterChoice, flow: FlowChoice): TradeSeries[] {
  const reporters: Reporter[] = reporter === "both" ? ["cn", "kz"] : [reporter];
  const flows: Flow[] = flow === "split" ? ["exports", "imports"] : ["total"];
  return reporters.flatMap((r) => flows.flatMap((f) => file.series.filter((s) => s.reporter === r && s.flow === f)));
}

/** First and last year of any series in the file. */
export function yearExtent(file: TradeFile): [number, number] {
  const years = file.series.flatMap((s) => s.points.map(yearOf));
  return [min(years) ?? 1992, max(years) ?? 1992];
}

/**
 * The range to show: the URL's (or a typed) from/to clamped to the data, whole extent by default.
 * Reversed years are swapped, and a range spans at least two years where the data has them, so there
 * is always a line and a change to read.
 */
export function clampRange(extent: [number, number], from: number | null, to: number | null): [number, number] {
  const [lo, hi] = extent;
  const a = Math.min(hi, Math.max(lo, from ?? lo));
  const b = Math.min(hi, Math.max(lo, to ?? hi));
  const [first, last] = a <= b ? [a, b] : [b, a];
  if (first < last || lo === hi) return [first, last];
  return last < hi ? [first, last + 1] : [first - 1, last];
}

/** A series cut to a year range. */
export function inRange(series: TradeSeries, [from, to]: [number, number]): TradeSeries {
  return { ...series, points: sortedPoints(series).filter((p) => p.year >= from && p.year <= to) };
}

/** Runs of consecutive years: a missing year breaks the line, it is never drawn as zero. */
export function contiguousRuns(points: readonly TradePoint[]): TradePoint[][] {
  const runs: TradePoint[][] = [];
  let current: TradePoint[] = [];
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    const last = current[current.length - 1];
    if (last && p.year !== last.year + 1) {
      runs.push(current);
      current = [];
    }
    current.push(p);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** Change against the previous year, as a fraction; null when the previous year is missing. */
export function yearOnYear(series: TradeSeries, year: number): number | null {
  const byYear = new Map(series.points.map((p) => [p.year, p.value]));
  const now = byYear.get(year);
  const before = byYear.get(year - 1);
  return now === undefined || before === undefined ? null : now / before - 1;
}

/** Every source id the series cite, in first-seen order. */
export function sourcesOf(...series: TradeSeries[]): string[] {
  return uniqueIds(...series.flatMap((s) => s.points.map((p) => p.sources)));
}

/** Hollow markers: values not checked against a primary source, and third-party estimates. */
export function isFlagged(p: TradePoint): boolean {
  return p.confidence === "unverified" || p.estimate === true;
}

/** All years any of the series has, ascending: the stops for keyboard and pointer. */
export function yearsOf(series: readonly TradeSeries[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map(yearOf)))].sort((a, b) => a - b);
}

/** The stop nearest a fractional year (from the pointer's x), or null without stops. */
export function nearestYear(years: readonly number[], at: number): number | null {
  let best: number | null = null;
  for (const y of years) if (best === null || Math.abs(y - at) < Math.abs(best - at)) best = y;
  return best;
}

/**
 * The value axis' domain. Linear starts at zero. Log spans whole powers of ten around the data,
 * so small early values ($0.3B) and large late ones ($44B) both read, and never touches zero.
 */
export function valueDomain(series: readonly TradeSeries[], scale: Scale): [number, number] {
  const values = series.flatMap((s) => s.points.map(valueOf)).filter((v) => v > 0);
  const hi = max(values) ?? 1;
  if (scale === "linear") return [0, hi];
  const lo = min(values) ?? 1;
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}

/** Events worth a marker on the time axis: the major ones within the range, in date order. */
export function axisEvents(events: readonly TimelineEvent[], [from, to]: [number, number]): TimelineEvent[] {
  return events
    .filter((e) => e.major === true)
    .filter((e) => {
      const year = yearOfDate(e.date);
      return year >= from && year <= to;
    })
    .sort((a, b) => ascending(a.date, b.date));
}

/**
 * Lanes for markers on one axis, so that close ones do not overlap: each goes in the first lane
 * whose last marker is at least `minGap` pixels to its left. Returns a lane index per input x.
 */
export function markerLanes(xs: readonly number[], minGap: number, maxLanes = 3): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const lastInLane: number[] = [];
  const lanes = new Array<number>(xs.length).fill(0);
  for (const [x, i] of order) {
    let lane = lastInLane.findIndex((last) => x - last >= minGap);
    if (lane === -1) lane = lastInLane.length < maxLanes ? lastInLane.length : lastInLane.indexOf(Math.min(...lastInLane));
    lastInLane[lane] = x;
    lanes[i] = lane;
  }
  return lanes;
}
