import type { InvestmentFile } from "../../data/schemas/investment";

// The yearly inflows: the years the chart spans and the years with no published figure.

type Inflow = InvestmentFile["inflows"][number];

/** The years the inflow chart spans: every published year and the tally's period. */
export function inflowYears(file: InvestmentFile): [number, number] {
  const years = [...file.inflows.map((i) => i.year), file.headline.period.to];
  if (file.headline.period.from !== null) years.push(file.headline.period.from);
  return [Math.min(...years), Math.max(...years)];
}

/** Runs of years inside the span with no published inflow: shown as absent, never as zero. */
export function missingRuns(inflows: readonly Inflow[], [from, to]: [number, number]): [number, number][] {
  const known = new Set(inflows.map((i) => i.year));
  const runs: [number, number][] = [];
  for (let year = from; year <= to; year++) {
    if (known.has(year)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === year - 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}

export const sortedInflows = (inflows: readonly Inflow[]) => [...inflows].sort((a, b) => a.year - b.year);
