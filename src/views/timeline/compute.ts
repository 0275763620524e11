import type { EventCategory, Level, LevelId, TimelineEvent, TimelineFile } from "../../data/schemas/timeline";
import { ladder } from "../../data/derive/timeline";
import { endOf, startOf, yearOf } from "../../lib/partialDate";

/** The event categories, in the order the filters and the legend list them. */
export const CATEGORIES = [
  "diplomacy",
  "visit",
  "summit",
  "treaty",
  "economy",
  "project",
  "people",
] as const satisfies readonly EventCategory[];

/** The first and last event dates' years, or null without events. */
export function eventSpan(file: TimelineFile): { from: number; to: number } | null {
  const years = file.events.map((e) => yearOf(e.date));
  if (years.length === 0) return null;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** The time axis: from 1 January of the first dated year to today, or to the last event if later. */
export function timeDomain(file: TimelineFile, today: number): [number, number] {
  const dates = [...file.levels.map((l) => l.date), ...file.events.map((e) => e.date)];
  const first = Math.min(...dates.map(yearOf));
  const last = Math.max(...file.events.map((e) => endOf(e.endDate ?? e.date)));
  return [Date.UTC(first, 0, 1), Math.max(today, last)];
}

/** The category filter from the URL: known categories only; none (or none known) means all. */
export function activeCategories(cats: readonly string[]): EventCategory[] {
  const known = CATEGORIES.filter((c) => cats.includes(c));
  return known.length === 0 ? [...CATEGORIES] : known;
}

/** The `cats` URL value for a set of shown categories: empty when all are shown, else sorted as the URL parser sorts. */
export function categoriesParam(shown: readonly EventCategory[]): string[] {
  return shown.length === CATEGORIES.length ? [] : CATEGORIES.filter((c) => shown.includes(c)).sort();
}

/** How many events each category holds, ladder rungs excluded (the ladder is always shown). */
export function categoryCounts(events: readonly TimelineEvent[]): Record<EventCategory, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<EventCategory, number>;
  for (const e of events) if (!e.level) counts[e.category] += 1;
  return counts;
}

/** The ladder's rung events, in rank order, paired with their level. */
export function rungs(file: TimelineFile): { level: Level; event: TimelineEvent | null }[] {
  return ladder(file).map((level) => ({ level, event: file.events.find((e) => e.level === level.id) ?? null }));
}

/**
 * The events the reader can step through, in date order: the ladder's rungs always, the other
 * events of the shown categories, and the selected event even if its category is hidden, so a
 * shared link always opens on what it names.
 */
export function visibleEvents(
  events: readonly TimelineEvent[],
  shown: readonly EventCategory[],
  selectedId: string | null,
): TimelineEvent[] {
  return events.filter((e) => e.level !== undefined || shown.includes(e.category) || e.id === selectedId);
}

/** The ladder level in force on a date: its rank, 0 before the first rung. */
export function rankAt(levels: readonly Level[], time: number): number {
  let rank = 0;
  for (const level of levels) if (startOf(level.date) <= time) rank = Math.max(rank, level.rank);
  return rank;
}

/** A period of the ladder: from one rung to the next (the first from the start, the last to today). */
export interface Era {
  id: LevelId;
  from: number;
  to: number;
  fromYear: number;
  /** The last year the era touches; the last era runs to the end of the domain. */
  toYear: number;
}

/** The ladder's eras, the periods a reader can zoom into. */
export function eras(levels: readonly Level[], domain: [number, number]): Era[] {
  return levels.map((level, i) => {
    const next = levels[i + 1];
    const from = i === 0 ? domain[0] : startOf(level.date);
    const to = next ? startOf(next.date) : domain[1];
    return { id: level.id, from, to, fromYear: new Date(from).getUTCFullYear(), toYear: new Date(to - 1).getUTCFullYear() };
  });
}

/** The era an instant falls in (the last one for anything later). */
export function eraAt(list: readonly Era[], time: number): Era | undefined {
  return list.find((e) => time >= e.from && time < e.to) ?? (time < (list[0]?.from ?? 0) ? list[0] : list[list.length - 1]);
}

/** A row of the vertical timeline: a year with its events, or a run of years without any. */
export type YearRow = { kind: "year"; year: number; events: TimelineEvent[] } | { kind: "gap"; from: number; to: number };

/**
 * The vertical timeline's rows: every year that has events, in order, with the empty years between
 * them folded into one row each, so a quiet decade shows as a gap rather than as blank space.
 */
export function yearRows(events: readonly TimelineEvent[], fromYear: number, toYear: number): YearRow[] {
  const byYear = new Map<number, TimelineEvent[]>();
  for (const e of events) {
    const y = yearOf(e.date);
    byYear.set(y, [...(byYear.get(y) ?? []), e]);
  }
  const rows: YearRow[] = [];
  let gapFrom: number | null = null;
  for (let year = fromYear; year <= toYear; year++) {
    const list = byYear.get(year);
    if (list) {
      if (gapFrom !== null) rows.push({ kind: "gap", from: gapFrom, to: year - 1 });
      gapFrom = null;
      rows.push({ kind: "year", year, events: list });
    } else if (gapFrom === null) {
      gapFrom = year;
    }
  }
  if (gapFrom !== null) rows.push({ kind: "gap", from: gapFrom, to: toYear });
  return rows;
}

/** Share of one text's words that must appear in another for it to count as a restatement. */
const RESTATES = 0.8;

/**
 * Whether `text` says nothing that `other` does not: nearly all its words appear in `other`. A rung's
 * level and its event are often described twice in the data, in different word order.
 */
export function restates(text: string, other: string): boolean {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const own = new Set(words(text));
  if (own.size === 0) return true;
  const theirs = new Set(words(other));
  return [...own].filter((w) => theirs.has(w)).length / own.size >= RESTATES;
}

/** The list's rows between two rungs of the ladder: the rung reached, the years covered, the events in them. */
export interface EraGroup {
  /** The rung the era starts from (rank 1 also takes any years before the first rung). */
  rank: number;
  fromYear: number;
  toYear: number;
  rows: YearRow[];
  eventCount: number;
}

/**
 * Splits the list's years at the ladder's rungs: a year goes with the rung held at its end, so the year
 * of an upgrade opens the new era with the upgrade in it. Years before the first rung join the first era.
 */
export function eraGroups(rows: readonly YearRow[], levels: readonly Level[]): EraGroup[] {
  const firstRank = Math.min(...levels.map((l) => l.rank));
  const groups: EraGroup[] = [];
  for (const row of rows) {
    const year = row.kind === "year" ? row.year : row.from;
    const held = rankAt(levels, Date.UTC(year, 11, 31));
    const rank = Number.isFinite(firstRank) ? Math.max(held, firstRank) : held;
    const last = groups.at(-1);
    const group = last && last.rank === rank ? last : { rank, fromYear: year, toYear: year, rows: [], eventCount: 0 };
    if (group !== last) groups.push(group);
    group.rows.push(row);
    group.toYear = row.kind === "year" ? row.year : row.to;
    if (row.kind === "year") group.eventCount += row.events.length;
  }
  return groups;
}
