import type { InvestmentFile } from "../../data/schemas/investment";

export interface DealTally {
  count: number;
  /** Deals whose amount is published. */
  disclosed: number;
}

export function dealTally(file: InvestmentFile): DealTally {
  return { count: file.deals.length, disclosed: file.deals.filter((d) => d.amount !== null).length };
}

/** Every source the headline and the other counts cite, headline first. */
export function countSources(file: InvestmentFile): string[] {
  return [...new Set([file.headline, ...file.counts].flatMap((c) => c.sources))];
}
