import { fallbackDate, fallbackDateRange } from "./intlLocale";
import { keptBy } from "./kept";
import { rangeText } from "./rangeText";
import type { DatePrecision } from "../data/schemas/common";

// A partial date names a period: a year ("2005"), a month ("2005-07") or a day ("2005-07-04"). Every
// view, the presentation and the data checks read dates through this module, so "where 2005-07 sits
// on an axis" has one answer. Dates are assumed valid (the schemas check them); time is UTC throughout,
// so a date never shifts a day with the reader's time zone.

export interface DateParts {
  year: number;
  /** 1–12, absent at year precision. */
  month?: number;
  /** 1–31, present at day precision only. */
  day?: number;
  precision: DatePrecision;
}

/** The precision a partial date's format expresses. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

/** A partial date's year, month and day, as far as it gives them. */
export function parsePartialDate(date: string): DateParts {
  const [year = 1970, month, day] = date.split("-").map(Number);
  const precision = precisionOf(date);
  if (precision === "year") return { year, precision };
  if (precision === "month") return { year, month: month ?? 1, precision };
  return { year, month: month ?? 1, day: day ?? 1, precision };
}

/** The year of a partial date ("2013-09-07" → 2013). */
export const yearOf = (date: string): number => parsePartialDate(date).year;

/** UTC milliseconds at the start of a partial date ("2005" is 1 January 2005). */
export function startOf(date: string): number {
  const { year, month = 1, day = 1 } = parsePartialDate(date);
  return Date.UTC(year, month - 1, day);
}

/** UTC milliseconds just after a partial date's last day ("2005-07" ends at 1 August 2005). */
export function endOf(date: string): number {
  const { year, month, day } = parsePartialDate(date);
  if (month !== undefined && day !== undefined) return Date.UTC(year, month - 1, day + 1);
  if (month !== undefined) return Date.UTC(year, month, 1);
  return Date.UTC(year + 1, 0, 1);
}

const COARSER: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** A date cut to a coarser precision ("2005-07-04" at "month" is "2005-07"); never made finer than it is. */
function truncate(date: string, precision: DatePrecision): string {
  if (COARSER[precision] <= COARSER[precisionOf(date)]) return date;
  return precision === "year" ? date.slice(0, 4) : date.slice(0, 7);
}

/**
 * Where a date sits on a time axis, in UTC milliseconds: the middle of the period it names. A date
 * known only to the month or year is not pinned to the 1st, which would claim a precision the data
 * does not have. `precision` may coarsen the date (a day drawn at its year's middle).
 */
export function positionOf(date: string, precision: DatePrecision = precisionOf(date)): number {
  const period = truncate(date, precision);
  return (startOf(period) + endOf(period)) / 2;
}

/** An instant as a fractional year: 2013.5 is the middle of 2013. */
export function yearFraction(time: number): number {
  const year = new Date(time).getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year + (time - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/**
 * Where a date sits on an axis of whole years (annual values, x = year): a year at its middle, a
 * month at its 15th, a day at its start. At a year axis' scale a day is under a pixel wide, so its
 * start is as good as its noon, and a value's year boundary stays exactly on the year.
 */
export function fractionalYear(date: string): number {
  const { year, month, day } = parsePartialDate(date);
  if (month === undefined) return year + 0.5;
  return yearFraction(Date.UTC(year, month - 1, day ?? 15));
}

/** How a date of each precision is written: "July 4, 2005", "July 2005", "2005" (in English). */
const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  year: { year: "numeric", timeZone: "UTC" },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, DATE_OPTIONS[precision]);
    formats.set(key, format);
  }
  return format;
}

/**
 * Dates written so far, by language, date and precision: a page writes the same dates in its chart, its list, its
 * table and their accessible names, and again as each is drawn at its measured size.
 */
const remembered = keptBy<string, string>(4000);

/** A partial date in the reader's language, at its own precision or a coarser one. */
export function formatPartialDate(lang: string, date: string, precision: DatePrecision = precisionOf(date)): string {
  return remembered(
    `${lang}|${date}|${precision}`,
    () => fallbackDate(lang, startOf(date), precision) ?? rangeText(dateFormat(lang, precision).format(new Date(startOf(date)))),
  );
}

/**
 * Two dates as one range in the reader's language, sharing what they share: "September 6 – 8, 2013",
 * "July – September 2005". Equal dates read as one date.
 */
export function formatPartialDateRange(lang: string, from: string, to: string, precision: DatePrecision): string {
  return remembered(`${lang}|${from}|${to}|${precision}`, () => {
    const fallback = fallbackDateRange(lang, startOf(from), startOf(to), precision);
    if (fallback !== null) return fallback;
    return rangeText(dateFormat(lang, precision).formatRange(new Date(startOf(from)), new Date(startOf(to))));
  });
}
