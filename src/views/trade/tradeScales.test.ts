import { describe, expect, it } from "vitest";
import { chartHeight, labelledYears, MARGIN, tradeScales } from "./tradeScales";

describe("tradeScales", () => {
  it("puts each annual value mid-year across the range", () => {
    const { x, innerWidth } = tradeScales(700, 400, [1992, 2023], [0, 41_020], "linear");
    expect(innerWidth).toBe(700 - MARGIN.left - MARGIN.right);
    expect(x(1992)).toBe(0);
    expect(x(2024)).toBe(innerWidth);
    expect(x(2008)).toBeCloseTo(innerWidth / 2);
  });

  it("starts a linear axis at zero with round ticks", () => {
    const { y, valueTicks, innerHeight } = tradeScales(700, 400, [1992, 2023], [0, 41_020], "linear");
    expect(y(0)).toBe(innerHeight);
    expect(valueTicks[0]).toBe(0);
    expect(valueTicks.every((v) => v % 5000 === 0)).toBe(true);
    expect(y.domain()[1]).toBeGreaterThanOrEqual(41_020);
  });

  it("uses 1-2-5 ticks per power of ten on a log axis", () => {
    const { y, valueTicks } = tradeScales(1200, 620, [1992, 2023], [100, 100_000], "log");
    expect(y(100)).toBeGreaterThan(y(100_000));
    expect(valueTicks).toEqual([100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000]);
    const short = tradeScales(700, 260, [1992, 2023], [100, 100_000], "log");
    expect(short.valueTicks).toEqual([100, 1000, 10_000, 100_000]);
  });

  it("keeps a degenerate domain drawable", () => {
    const { y } = tradeScales(700, 400, [2000, 2000], [500, 500], "log");
    expect(Number.isFinite(y(500))).toBe(true);
  });

  it("sizes the chart from its width within bounds", () => {
    // A phone's chart: its plot (less the margins for the axes) still at least 60% of a 375 px screen's width.
    expect(chartHeight(320)).toBe(339);
    expect(chartHeight(320) - MARGIN.top - MARGIN.bottom).toBeGreaterThanOrEqual(0.6 * 375);
    expect(chartHeight(1000)).toBe(520);
    expect(chartHeight(3800)).toBe(620);
  });

  it("lets a projector's larger type buy a taller chart", () => {
    expect(chartHeight(2400, 2)).toBe(1240);
    expect(chartHeight(1000, 2)).toBe(520);
  });
});

describe("labelledYears", () => {
  it("labels every year when there is room", () => {
    expect(labelledYears(2018, 2023, 600)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
  });

  it("thins the labels on a narrow chart but keeps both ends and every fifth year on a phone", () => {
    // A 375 px phone: the plot is about 230 px wide.
    expect(labelledYears(1992, 2024, 231)).toEqual([1992, 2000, 2005, 2010, 2015, 2024]);
    expect(labelledYears(1992, 2024, 150)).toEqual([1992, 2000, 2010, 2024]);
    expect(labelledYears(1992, 2024, 560)).toEqual([1992, 1995, 2000, 2005, 2010, 2015, 2020, 2024]);
    // No two labels closer than a label's width.
    for (const width of [120, 231, 300, 480, 700, 1100]) {
      const ticks = labelledYears(1992, 2024, width);
      const px = width / 33;
      ticks.slice(1).forEach((tick, i) => expect((tick - ticks[i]!) * px, `${width}`).toBeGreaterThanOrEqual(34));
    }
  });

  it("handles a single year", () => {
    expect(labelledYears(2013, 2013, 500)).toEqual([2013]);
  });
});
