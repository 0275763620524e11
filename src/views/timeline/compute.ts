import type { Level, TimelineFile } from "../../data/schemas/timeline";

/** The ladder from the first rung up. */
export function ladder(file: TimelineFile): Level[] {
  return [...file.levels].sort((a, b) => a.rank - b.rank);
}

/** The first and last event dates' years, or null without events. */
export function eventSpan(file: TimelineFile): { from: number; to: number } | null {
  const years = file.events.map((e) => Number(e.date.slice(0, 4)));
  if (years.length === 0) return null;
  return { from: Math.min(...years), to: Math.max(...years) };
}
