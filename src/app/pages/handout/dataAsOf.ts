import type { DatasetContents } from "../../../data/datasets";

export interface DataAsOf {
  /** The latest year any trade series has a value for. */
  tradeYear: number | null;
  /** The latest publication date among the sources, as a partial date ("2026-02" or "2026-02-06"). */
  sourceDate: string | null;
}

/** How recent the data is, from the data itself: what a printed page must say, since it does not update. */
export function dataAsOf({ trade, sources }: Partial<Pick<DatasetContents, "trade" | "sources">>): DataAsOf {
  const years = trade?.series.flatMap((s) => s.points.map((p) => p.year)) ?? [];
  // Partial ISO dates sort as text: "2025" < "2025-09" < "2025-09-30" < "2026".
  const dates = (sources?.sources ?? []).flatMap((s) => (s.date ? [s.date] : [])).sort();
  return {
    tradeYear: years.length > 0 ? Math.max(...years) : null,
    sourceDate: dates[dates.length - 1] ?? null,
  };
}
