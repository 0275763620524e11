import type { Formatters } from "../../lib/format";
import { formatPartialDateRange, precisionOf } from "../../lib/partialDate";
import type { DatePrecision } from "../schemas/common";
import type { Level, TimelineEvent, TimelineFile } from "../schemas/timeline";

// The partnership ladder and its events as the timeline view, the trade chart's markers and the
// presentation read them.

/** The ladder from the first rung up. */
export function ladder(file: TimelineFile): Level[] {
  return [...file.levels].sort((a, b) => a.rank - b.rank);
}

/** A level's name in the reader's language (the data is read in one). */
export function levelName(level: Level): string {
  return level.name;
}

/** The event the URL names, if it exists. */
export function findEvent(events: readonly TimelineEvent[], id: string | null): TimelineEvent | null {
  return id === null ? null : (events.find((e) => e.id === id) ?? null);
}

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
