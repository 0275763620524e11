import { describe, expect, it } from "vitest";
import {
  endOf,
  formatPartialDate,
  formatPartialDateRange,
  fractionalYear,
  parsePartialDate,
  positionOf,
  precisionOf,
  startOf,
  yearFraction,
  yearOf,
} from "./partialDate";

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe("parsing", () => {
  it("reads a date's parts and precision", () => {
    expect(parsePartialDate("2005")).toEqual({ year: 2005, precision: "year" });
    expect(parsePartialDate("2005-07")).toEqual({ year: 2005, month: 7, precision: "month" });
    expect(parsePartialDate("2005-07-04")).toEqual({ year: 2005, month: 7, day: 4, precision: "day" });
    expect(["2005", "2005-07", "2005-07-04"].map(precisionOf)).toEqual(["year", "month", "day"]);
    expect(yearOf("2013-09-07")).toBe(2013);
  });
});

describe("start and end", () => {
  it("reads a partial date's start and end", () => {
    expect(iso(startOf("2005"))).toBe("2005-01-01");
    expect(iso(startOf("2005-07"))).toBe("2005-07-01");
    expect(iso(startOf("2005-07-04"))).toBe("2005-07-04");
    expect(iso(endOf("2005"))).toBe("2006-01-01");
    expect(iso(endOf("2005-12"))).toBe("2006-01-01");
    expect(iso(endOf("2005-07-04"))).toBe("2005-07-05");
  });

  it("orders dates of mixed precision by their first day", () => {
    expect(startOf("2015") < startOf("2015-07")).toBe(true);
    expect(startOf("2015-07")).toBe(startOf("2015-07-01"));
  });
});

describe("position on an axis", () => {
  it("places an event in the middle of the period its date names", () => {
    expect(new Date(positionOf("2005-07-04", "day")).toISOString()).toBe("2005-07-04T12:00:00.000Z");
    expect(iso(positionOf("2014-12", "month"))).toBe("2014-12-16");
    expect(iso(positionOf("2012", "year"))).toBe("2012-07-02");
    expect(positionOf("2014-12")).toBe(positionOf("2014-12", "month"));
  });

  it("coarsens a date to a coarser precision, never refines it", () => {
    expect(positionOf("2012-03-04", "year")).toBe(positionOf("2012"));
    expect(positionOf("2012", "day")).toBe(positionOf("2012"));
  });

  it("puts a dated event at its fraction of the year", () => {
    expect(fractionalYear("2013")).toBe(2013.5);
    expect(fractionalYear("1992-01-01")).toBe(1992);
    expect(fractionalYear("2013-09-07")).toBeCloseTo(2013 + 249 / 365, 5);
    expect(fractionalYear("2005-07")).toBeCloseTo(2005 + 195 / 365, 5);
    expect(yearFraction(positionOf("2012"))).toBe(2012.5);
  });
});

describe("formatting", () => {
  it("writes a date at its precision, without a time-zone shift", () => {
    expect(formatPartialDate("en", "1992-01-03")).toBe("January 3, 1992");
    expect(formatPartialDate("en", "2005-07")).toBe("July 2005");
    expect(formatPartialDate("en", "2005-07-04", "year")).toBe("2005");
    expect(formatPartialDate("zh", "2019-09-11")).toBe("2019年9月11日");
  });

  it("writes two dates as one range", () => {
    // Intl puts thin spaces around the dash.
    // Plain spaces around the dash, as Chromium writes them, though Node's ICU writes thin ones: a prerendered page
    // and the browser's render of it must agree.
    expect(formatPartialDateRange("en", "2013-09-06", "2013-09-08", "day")).toBe("September 6 – 8, 2013");
    expect(formatPartialDateRange("en", "2005-10-26", "2005-10-26", "day")).toBe("October 26, 2005");
  });
});
