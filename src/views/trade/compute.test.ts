import { describe, expect, it } from "vitest";
import { timeline, trade } from "../../../tests/fixtures/datasets";
import { inLanguage } from "../../data/inLanguage";
import { timelineFileSchema } from "../../data/schemas/timeline";
import { tradeFileSchema, type TradeSeries } from "../../data/schemas/trade";
import {
  axisEvents,
  clampRange,
  contiguousRuns,
  inRange,
  markerLanes,
  isFlagged,
  nearestYear,
  selectSeries,
  sourcesOf,
  valueDomain,
  yearExtent,
  yearOnYear,
  yearsOf,
} from "./compute";
import { headline, seriesById } from "../../data/derive/trade";

const file = inLanguage(tradeFileSchema.parse(trade), "en");
const cn = seriesById(file, "cn-total")!;
const kz = seriesById(file, "kz-total")!;

/** A series from [year, value] pairs. */
function series(pairs: [number, number][], extra: Partial<TradeSeries["points"][number]> = {}): TradeSeries {
  return {
    ...cn,
    points: pairs.map(([year, value]) => ({ ...cn.points[0]!, year, value, ...extra })),
  };
}

describe("series selection and ranges", () => {
  it("selects by reporter and flow", () => {
    expect(selectSeries(file, "cn", "total").map((s) => s.id)).toEqual(["cn-total"]);
    expect(selectSeries(file, "both", "total").map((s) => s.id)).toEqual(["cn-total", "kz-total"]);
    expect(selectSeries(file, "kz", "split")).toEqual([]); // the fixture has no split series
  });

  it("spans the file's years and clamps a requested range to them", () => {
    expect(yearExtent(file)).toEqual([1992, 2023]);
    expect(clampRange([1992, 2023], null, null)).toEqual([1992, 2023]);
    expect(clampRange([1992, 2023], 1980, 2030)).toEqual([1992, 2023]);
    expect(clampRange([1992, 2023], 2013, 2005)).toEqual([2005, 2013]);
    // One year is no range: it widens to the next year, or the one before at the end of the data.
    expect(clampRange([1992, 2023], 2019, 2019)).toEqual([2019, 2020]);
    expect(clampRange([1992, 2023], 2023, 2023)).toEqual([2022, 2023]);
    expect(clampRange([2000, 2000], 2000, 2000)).toEqual([2000, 2000]);
  });

  it("cuts a series to a range, in year order", () => {
    expect(inRange({ ...cn, points: [...cn.points].reverse() }, [2000, 2023]).points.map((p) => p.year)).toEqual([2013, 2023]);
  });
});

describe("gaps", () => {
  it("breaks the line at a missing year instead of drawing it as zero", () => {
    const runs = contiguousRuns(
      series([
        [1992, 1],
        [1993, 2],
        [1995, 3],
        [1996, 4],
        [1999, 5],
      ]).points,
    );
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[1992, 1993], [1995, 1996], [1999]]);
  });

  it("has no y/y change where the previous year is missing", () => {
    const s = series([
      [2012, 100],
      [2013, 110],
      [2015, 90],
    ]);
    expect(yearOnYear(s, 2013)).toBeCloseTo(0.1);
    expect(yearOnYear(s, 2015)).toBeNull();
    expect(yearOnYear(s, 2012)).toBeNull();
    expect(yearOnYear(s, 1990)).toBeNull();
  });
});

describe("headline", () => {
  it("follows the range", () => {
    const h = headline(inRange(cn, [2000, 2023]))!;
    expect([h.first.year, h.latest.year]).toEqual([2013, 2023]);
  });
});

describe("value domain", () => {
  it("starts a linear axis at zero", () => {
    expect(valueDomain([cn], "linear")).toEqual([0, 41_020]);
  });

  it("spans whole powers of ten on a log axis, even with small values", () => {
    expect(valueDomain([cn], "log")).toEqual([100, 100_000]);
    expect(
      valueDomain(
        [
          series([
            [1992, 0.4],
            [1993, 7],
          ]),
        ],
        "log",
      ),
    ).toEqual([0.1, 10]);
    expect(valueDomain([series([[1992, 1000]])], "log")).toEqual([1000, 1000]);
  });

  it("has a usable domain without data", () => {
    expect(valueDomain([], "log")).toEqual([1, 1]);
    expect(valueDomain([], "linear")).toEqual([0, 1]);
  });
});

describe("markers, stops and sources", () => {
  it("flags unverified values and third-party estimates, not derived ones", () => {
    const p = cn.points[0]!;
    expect(isFlagged({ ...p, confidence: "unverified" })).toBe(true);
    expect(isFlagged({ ...p, confidence: "secondary", estimate: true })).toBe(true);
    expect(isFlagged({ ...p, confidence: "derived", method: "a / b" })).toBe(false);
  });

  it("collects the years of all drawn series, and finds the nearest", () => {
    const years = yearsOf([cn, kz]);
    expect(years).toEqual([1992, 2013, 2023]);
    expect(nearestYear(years, 2010.2)).toBe(2013);
    expect(nearestYear(years, 1999)).toBe(1992);
    expect(nearestYear([], 2000)).toBeNull();
  });

  it("lists sources once each", () => {
    expect(sourcesOf(cn, kz)).toEqual(["imf-dots-china", "peoples-daily-2024", "imf-dots-kazakhstan"]);
  });

  it("places major events in range on the time axis", () => {
    const events = inLanguage(timelineFileSchema.parse(timeline), "en").events;
    expect(axisEvents(events, [1992, 2023]).map((e) => e.id)).toEqual(["ties-1992", "srebelt-2013"]);
    expect(axisEvents(events, [2000, 2010])).toEqual([]);
  });
});

describe("markerLanes", () => {
  it("keeps markers on one lane when they are far apart", () => {
    expect(markerLanes([0, 30, 60], 20)).toEqual([0, 0, 0]);
  });

  it("moves a marker that would overlap to the next lane", () => {
    expect(markerLanes([0, 10, 40, 45, 50], 20)).toEqual([0, 1, 0, 1, 2]);
  });

  it("works whatever the input order and caps the lanes", () => {
    expect(markerLanes([10, 0], 20)).toEqual([1, 0]);
    expect(markerLanes([0, 1, 2, 3], 20, 2)).toEqual([0, 1, 0, 1]);
  });
});
