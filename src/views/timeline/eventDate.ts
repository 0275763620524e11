import { precisionOf, type DatePrecision } from "../../data/schemas/common";
import type { Formatters } from "../../lib/format";
import { startOf } from "./compute";

const RANGE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  year: { year: "numeric", timeZone: "UTC" },
};

/**
 * An event's date as precisely as the data knows it: "2012", "February 2011", "July 4, 2005", and a
 * multi-day event as one range ("September 6 – 8, 2013") in the reader's language.
 */
export function eventDateText(
  lang: string,
  fmt: Formatters,
  event: { date: string; precision: DatePrecision; endDate?: string | undefined },
): string {
  if (!event.endDate || event.endDate === event.date) return fmt.date(event.date, event.precision);
  const precision = precisionOf(event.endDate) === event.precision ? event.precision : "day";
  const format = new Intl.DateTimeFormat(lang, RANGE_OPTIONS[precision]);
  return format.formatRange(new Date(startOf(event.date)), new Date(startOf(event.endDate)));
}
