// Zero-based amount axes, shared by the count comparison, the inflow chart and the deal bars. d3-array
// gives the nice domains and tick values; the mappings themselves are zero-based proportions
// (value / max), so d3-scale's linear scale, ~10 KB gzip with its interpolators and formatters,
// would cost an embed more than it has to spare.
import { nice, ticks } from "d3-array";

/** A zero-based axis for amounts: a nice maximum and its tick values. */
export function amountAxis(maxValue: number, count = 4): { max: number; ticks: number[] } {
  const [, top] = nice(0, maxValue > 0 ? maxValue : 1, count);
  return { max: top, ticks: ticks(0, top, count) };
}

/** A value's position along a zero-based axis, as a fraction 0..1. */
export const fraction = (value: number, max: number) => (max > 0 ? Math.min(1, Math.max(0, value / max)) : 0);
