import { describe, expect, it } from "vitest";
import type { DrawnSeries } from "./TradeChart";
import { tooltipRows } from "./tooltipRows";

const series = (id: string, value: number | null): DrawnSeries =>
  ({
    series: { id, points: value === null ? [] : [{ year: 2013, value }] },
    label: id,
    color: "#000",
  }) as unknown as DrawnSeries;

describe("tooltipRows", () => {
  it("lists every series with a value that year, in the order drawn", () => {
    const { rows, hidden } = tooltipRows([series("a", 1), series("b", null), series("c", 3)], 2013);
    expect(rows.map((r) => r.d.series.id)).toEqual(["a", "c"]);
    expect(hidden).toBe(0);
  });

  it("past the limit, keeps the largest values, still in the order drawn, and counts the rest", () => {
    const { rows, hidden } = tooltipRows([series("a", 1), series("b", 5), series("c", 3), series("d", 4)], 2013, 2);
    expect(rows.map((r) => r.d.series.id)).toEqual(["b", "d"]);
    expect(hidden).toBe(2);
  });
});
