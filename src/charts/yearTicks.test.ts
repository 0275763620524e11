import { describe, expect, it } from "vitest";
import { yearStep, yearStepAtLeast, yearsOnStep, yearTicks } from "./yearTicks";

describe("yearTicks", () => {
  it("labels at most as many years as fit, on round steps", () => {
    expect(yearTicks(1993, 2023, 40)).toHaveLength(31);
    const twelve = yearTicks(1993, 2023, 12);
    expect(twelve.length).toBeLessThanOrEqual(12);
    expect(twelve).toEqual([1995, 2000, 2005, 2010, 2015, 2020]);
    expect(yearTicks(1993, 2023, 16)).toEqual([1994, 1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022]);
  });

  it("goes on past 20-year steps when even those do not fit", () => {
    expect(yearStep(1950, 2035, 2)).toBe(50);
    expect(yearTicks(1950, 2035, 1)).toEqual([2000]);
  });
});

describe("year steps", () => {
  it("rounds a minimum gap up to the next round step", () => {
    expect([0.4, 1, 1.2, 3, 7.5, 10, 11, 30].map(yearStepAtLeast)).toEqual([1, 1, 2, 5, 10, 10, 20, 50]);
  });

  it("lists the multiples of a step in a range", () => {
    expect(yearsOnStep(1992, 2024, 10)).toEqual([2000, 2010, 2020]);
    expect(yearsOnStep(2001, 2009, 10)).toEqual([]);
  });
});

describe("year steps of unmeasured or empty charts", () => {
  it("returns, rather than looping, on spans and ranges that are not finite numbers", () => {
    expect([NaN, Infinity, -Infinity, 1e9].map(yearStepAtLeast)).toEqual([1, 5e6, 1, 5e6]);
    expect(yearStep(NaN, 2023, 10)).toBe(1);
    expect(yearStep(1992, Infinity, 10)).toBe(1);
    expect(yearStep(1992, 2023, NaN)).toBe(1);
    expect(yearStep(-1e12, 1e12, 3)).toBe(5e6);
  });

  it("lists no years for a range or step that is not finite, or a step that is not positive", () => {
    expect(yearsOnStep(NaN, 2023, 5)).toEqual([]);
    expect(yearsOnStep(1992, Infinity, 5)).toEqual([]);
    expect(yearsOnStep(1992, 2023, 0)).toEqual([]);
    expect(yearsOnStep(1992, 2023, -5)).toEqual([]);
    expect(yearTicks(NaN, NaN, NaN)).toEqual([]);
  });
});
