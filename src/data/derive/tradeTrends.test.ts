import { describe, expect, it } from "vitest";
import type { z } from "zod/mini";
import { tradePoint } from "../../../tests/fixtures/builders";
import { localize } from "../../../tests/fixtures/localize";
import { inLanguage } from "../inLanguage";
import { tradeSeriesSchema, type TradeSeries } from "../schemas/trade";
import { averageGrowth, deepestFall, fastestYear, latestSharedYear, yearsHigher } from "./tradeTrends";

/** A series of one reporter's totals from [year, value] pairs (millions of US dollars). */
function series(reporter: "cn" | "kz", values: [number, number][], estimates: number[] = []): TradeSeries {
  const raw = localize<z.input<typeof tradeSeriesSchema>>({
    id: `${reporter}-total`,
    reporter,
    flow: "total",
    label: reporter,
    points: values.map(([year, value]) => tradePoint({ year, value, reporter, ...(estimates.includes(year) && { estimate: true }) })),
  });
  return inLanguage(tradeSeriesSchema.parse(raw), "en");
}

const rounded = (x: number | null | undefined) => (x === null || x === undefined ? x : Math.round(x * 1000) / 1000);

describe("deepestFall", () => {
  it("finds the largest fall from a high to a later low, whatever the order in the file", () => {
    const s = series("cn", [
      [2016, 13_066],
      [2013, 28_564],
      [2012, 25_648],
      [2014, 22_417],
      [2009, 13_981],
      [2008, 17_546],
      [2015, 14_267],
    ]);
    const fall = deepestFall(s)!;
    expect([fall.peak.year, fall.trough.year, rounded(fall.fall)]).toEqual([2013, 2016, 0.543]);
  });

  it("is null for a series that never falls", () => {
    expect(
      deepestFall(
        series("cn", [
          [1992, 368],
          [1993, 368],
          [2023, 41_020],
        ]),
      ),
    ).toBeNull();
  });
});

describe("fastestYear", () => {
  it("compares consecutive years only: a gap of years is not one year's growth", () => {
    const s = series("cn", [
      [1998, 635.6],
      [1999, 1_138.8],
      [2003, 3_286.3],
      [2013, 28_564],
    ]);
    const fastest = fastestYear(s)!;
    expect([fastest.from.year, fastest.to.year, rounded(fastest.change)]).toEqual([1998, 1999, 0.792]);
  });

  it("is null without two consecutive years that rose", () => {
    expect(
      fastestYear(
        series("cn", [
          [1992, 368],
          [2013, 28_564],
        ]),
      ),
    ).toBeNull();
    expect(
      fastestYear(
        series("cn", [
          [2013, 28_564],
          [2014, 22_417],
        ]),
      ),
    ).toBeNull();
  });
});

describe("averageGrowth", () => {
  it("is the compound yearly rate between two points", () => {
    const [a, b] = series("cn", [
      [1992, 368],
      [2024, 43_820],
    ]).points;
    expect(rounded(averageGrowth(a!, b!))).toBe(0.161);
    expect(averageGrowth(b!, a!)).toBeNull();
  });
});

describe("two reporters", () => {
  const cn = series("cn", [
    [1992, 368],
    [1996, 459.7],
    [2013, 28_564],
    [2023, 41_020],
    [2024, 43_820],
  ]);
  const kz = series(
    "kz",
    [
      [1992, 372.8],
      [1996, 494.7],
      [2013, 22_361],
      [2023, 31_400],
    ],
    [1992],
  );

  it("meet in the latest year both have", () => {
    const shared = latestSharedYear(cn, kz)!;
    expect([shared.year, shared.a.value, shared.b.value]).toEqual([2023, 41_020, 31_400]);
  });

  it("count the years the first is higher, leaving out third parties' estimates", () => {
    expect(yearsHigher(cn, kz)).toEqual({ from: 1996, to: 2023, years: 3, higher: 2 });
    expect(yearsHigher(cn, series("kz", [[1992, 372.8]], [1992]))).toBeNull();
  });
});
