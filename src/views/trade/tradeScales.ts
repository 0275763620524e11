import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from "d3-scale";
import { yearStepAtLeast, yearsOnStep } from "../../charts/yearTicks";
import type { Scale } from "./urlKeys";

export const MARGIN = { top: 18, right: 18, bottom: 96, left: 60 } as const;
/** Height follows width within these bounds: wide enough to read slopes, short enough for a slide. */
export const HEIGHT = { min: 339, max: 620, ratio: 0.52 } as const;
/** Room for one year label: four digits of the axis type and a small gap, so a phone still gets every fifth year. */
const PX_PER_YEAR_LABEL = 34;
const PX_PER_VALUE_TICK = 48;

/** The chart's height for its width; `scale` is the page's type scale, so a projector gets a taller chart. */
export function chartHeight(width: number, scale = 1): number {
  return Math.round(Math.min(HEIGHT.max * scale, Math.max(HEIGHT.min, width * HEIGHT.ratio)));
}

export interface TradeScales {
  /** The space around the plot, for the axes' labels. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Year → x; an annual value sits mid-year, at year + 0.5. */
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  innerWidth: number;
  innerHeight: number;
  yearTicks: number[];
  valueTicks: number[];
}

/** The margins around the plot at a type scale: the axis labels they hold grow with the type. */
export function marginAt(k: number): { top: number; right: number; bottom: number; left: number } {
  return { top: MARGIN.top * k, right: MARGIN.right * k, bottom: MARGIN.bottom * k, left: MARGIN.left * k };
}

/** Scales for a chart of `width`×`height` pixels over a year range and a value domain, at type scale `k`. */
export function tradeScales(
  width: number,
  height: number,
  [from, to]: [number, number],
  domain: [number, number],
  scale: Scale,
  k = 1,
  /** Room at the right for the lines' end labels, if they are drawn. */
  labelRoom = 0,
): TradeScales {
  const margin = marginAt(k);
  margin.right = Math.max(margin.right, labelRoom);
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  const innerHeight = Math.max(1, height - margin.top - margin.bottom);
  const x = scaleLinear()
    .domain([from, to + 1])
    .range([0, innerWidth]);
  const y = (scale === "log" ? scaleLog() : scaleLinear())
    .domain(domain[0] === domain[1] ? [domain[0] * (scale === "log" ? 0.1 : 0), domain[1] * (scale === "log" ? 10 : 1) || 1] : domain)
    .range([innerHeight, 0]);
  if (scale === "linear") y.nice(Math.max(2, Math.floor(innerHeight / (PX_PER_VALUE_TICK * k))));
  return {
    x,
    y,
    margin,
    innerWidth,
    innerHeight,
    yearTicks: labelledYears(from, to, innerWidth / k),
    valueTicks: valueTicks(y, scale, innerHeight / k),
  };
}

/**
 * Whole years on a round step, spaced so their labels do not collide; always includes the first and last
 * year. (At 375 px the trade chart is about 230 px wide: every fifth year.)
 */
export function labelledYears(from: number, to: number, innerWidth: number): number[] {
  if (from === to) return [from];
  // Years take the width evenly; a label needs PX_PER_YEAR_LABEL of it.
  const minGap = PX_PER_YEAR_LABEL / (innerWidth / (to - from + 1));
  const step = yearStepAtLeast(minGap);
  // The ends matter most for a reader; drop a regular tick that would crowd them.
  const inner = yearsOnStep(from, to, step).filter((t) => t - from >= minGap && to - t >= minGap);
  return [from, ...inner, to];
}

/** Value ticks: nice linear steps, or 1-2-5 steps per power of ten on a log axis. */
export function valueTicks(y: ScaleContinuousNumeric<number, number>, scale: Scale, innerHeight: number): number[] {
  const count = Math.max(2, Math.floor(innerHeight / PX_PER_VALUE_TICK));
  if (scale === "linear") return y.ticks(count);
  const [lo, hi] = y.domain() as [number, number];
  const all = y.ticks();
  const decades = all.filter((v) => Number.isInteger(Math.log10(v)) || Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  const withHalves = all.filter((v) => {
    const lead = v / 10 ** Math.floor(Math.log10(v) + 1e-9);
    return [1, 2, 5].some((d) => Math.abs(lead - d) < 1e-6);
  });
  const ticks = withHalves.length <= count ? withHalves : decades;
  return ticks.filter((v) => v >= lo && v <= hi);
}
