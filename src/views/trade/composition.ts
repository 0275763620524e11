import type { CsvColumn } from "../../charts/csv";
import { sourceCsvColumns } from "../../charts/sourceColumns";
import type { Source } from "../../data/schemas/sources";
import type { Composition, CompositionGroup, Direction, TradeFile } from "../../data/schemas/trade";

/** The two directions, in the order the view shows them: Kazakhstan's goods first, as the trade began with them. */
export const DIRECTIONS: readonly Direction[] = ["kz-to-cn", "cn-to-kz"];

const hasValues = (entry: Composition) => entry.groups.some((g) => g.value !== undefined);

/** The years some source breaks the trade down for, ascending. */
export function compositionYears(composition: readonly Composition[]): number[] {
  return [...new Set(composition.map((c) => c.year))].sort((a, b) => a - b);
}

export interface CompositionPick {
  /** The year shown, or null when the data has no breakdown at all. */
  year: number | null;
  /** Why that year: the reader's focus year, or (none for it) the latest year whose breakdown has values. */
  reason: "focus" | "latest";
  /** The focus year when it has no breakdown, so the view can say so; otherwise null. */
  missingYear: number | null;
  /** The year's breakdown each way; a direction no source breaks down that year is missing. */
  byDirection: Partial<Record<Direction, Composition>>;
  /** The largest value shown, for bars on one scale across both directions (0 when none has a value). */
  maxValue: number;
}

/**
 * The breakdown the view shows: the focus year's if a source gives one, otherwise the latest year with values
 * (a year that only names its goods says less than one that weighs them), otherwise the latest year of all.
 */
export function pickComposition(composition: readonly Composition[], focusYear: number | null): CompositionPick {
  const years = compositionYears(composition);
  const focused = focusYear !== null && years.includes(focusYear);
  const withValues = compositionYears(composition.filter(hasValues));
  const year = focused ? focusYear : (withValues.at(-1) ?? years.at(-1) ?? null);
  const entries = composition.filter((c) => c.year === year);
  const byDirection: Partial<Record<Direction, Composition>> = {};
  for (const entry of entries) byDirection[entry.direction] = entry;
  return {
    year,
    reason: focused ? "focus" : "latest",
    missingYear: focusYear !== null && !focused ? focusYear : null,
    byDirection,
    maxValue: Math.max(0, ...entries.flatMap((e) => e.groups.map((g) => g.value ?? 0))),
  };
}

/** A direction's groups, largest value first; groups without a value keep the source's order after them. */
export function orderedGroups(entry: Composition): CompositionGroup[] {
  return entry.groups
    .map((group, i) => ({ group, i }))
    .sort((a, b) => (b.group.value ?? -1) - (a.group.value ?? -1) || a.i - b.i)
    .map(({ group }) => group);
}

/** One product group of one year and direction: a line of the table and of the CSV. */
export interface CompositionRow {
  entry: Composition;
  group: CompositionGroup;
}

/** Every group of every breakdown, by year, direction (Kazakhstan's goods first) and value. */
export function compositionRows(file: Pick<TradeFile, "composition">): CompositionRow[] {
  return [...file.composition]
    .sort((a, b) => a.year - b.year || DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction))
    .flatMap((entry) => orderedGroups(entry).map((group) => ({ entry, group })));
}

/** Change as a percentage to two decimals, as in the trade CSV. */
const percent = (fraction: number) => Math.round(fraction * 10_000) / 100;

/**
 * The composition CSV: one line per product group, with the value as published (empty where the source gives
 * none, never 0), whether it is a floor ("just over"), the change on the year before, the confidence, notes
 * and sources.
 */
export function compositionCsvColumns(sources: readonly Source[]): CsvColumn<CompositionRow>[] {
  return [
    { header: "year", value: (r) => r.entry.year },
    { header: "direction", value: (r) => r.entry.direction },
    { header: "product_group", value: (r) => r.group.label },
    { header: "value_usd_million", value: (r) => r.group.value },
    { header: "value_is_floor", value: (r) => (r.group.atLeast ? "yes" : "") },
    { header: "change_pct", value: (r) => (r.group.change === undefined ? null : percent(r.group.change)) },
    { header: "confidence", value: (r) => r.group.confidence },
    { header: "note", value: (r) => r.group.note },
    { header: "breakdown_note", value: (r) => r.entry.note },
    ...sourceCsvColumns(sources, (r: CompositionRow) => r.group.sources),
  ];
}
