import type { DatePrecision } from "../../data/schemas/common";
import type { Formatters } from "../../lib/format";
import { formatPartialDateRange, precisionOf } from "../../lib/partialDate";

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
  return formatPartialDateRange(lang, event.date, event.endDate, precision);
}
