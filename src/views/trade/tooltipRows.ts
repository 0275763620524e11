import type { DrawnSeries } from "./TradeChart";

/** A tooltip stays a glance: beyond this many series, it names the largest and counts the rest (the table has them all). */
export const TOOLTIP_MAX_ROWS = 8;

/** The series with a value in `year`, in the order drawn; past `max`, only the `max` largest. */
export function tooltipRows(drawn: readonly DrawnSeries[], year: number, max = TOOLTIP_MAX_ROWS) {
  const rows = drawn.flatMap((d) => {
    const point = d.series.points.find((q) => q.year === year);
    return point ? [{ d, point }] : [];
  });
  if (rows.length <= max) return { rows, hidden: 0 };
  const kept = new Set([...rows].sort((a, b) => b.point.value - a.point.value).slice(0, max));
  return { rows: rows.filter((r) => kept.has(r)), hidden: rows.length - max };
}
