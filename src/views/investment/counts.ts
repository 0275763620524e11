import type { CountKind, InvestmentCount } from "../../data/schemas/investment";
import { COUNT_KINDS } from "../../data/vocabulary";

// The other counts of Chinese investment, grouped by what they count.

/** Kinds of count, in the order the comparison shows them. */
export { COUNT_KINDS };

export const countKind = (c: InvestmentCount): CountKind => c.kind ?? "other";

export interface CountGroup {
  kind: CountKind;
  /** Oldest first, by the end of the period they cover (file order among equals). */
  counts: InvestmentCount[];
  /** The one the comparison names: the most recent. */
  lead: InvestmentCount;
  min: number;
  max: number;
}

/** The counts grouped by kind, in COUNT_KINDS order; kinds with no count are left out. */
export function countGroups(counts: readonly InvestmentCount[]): CountGroup[] {
  return COUNT_KINDS.flatMap((kind) => {
    // Array.prototype.sort is stable: equal end years keep the file's order, later = newer.
    const members = counts.filter((c) => countKind(c) === kind).sort((a, b) => a.period.to - b.period.to);
    const lead = members[members.length - 1];
    if (!lead) return [];
    const values = members.map((c) => c.value);
    return [{ kind, counts: members, lead, min: Math.min(...values), max: Math.max(...values) }];
  });
}
