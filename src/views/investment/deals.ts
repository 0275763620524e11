import { ascending } from "d3-array";
import type { Deal, InvestmentFile, Sector } from "../../data/schemas/investment";
import { SECTORS } from "../../data/vocabulary";
import type { Formatters } from "../../lib/format";
import type { Translate } from "../../lib/i18n";
import { yearOf } from "../../lib/partialDate";
import { uniqueIds } from "../../lib/uniqueIds";

// Landmark deals and loans: tallies, sectors and the split at the focus year.

export const dealYear = (d: Deal) => yearOf(d.date);

export interface DealTally {
  count: number;
  /** Deals whose amount is published. */
  disclosed: number;
}

export function dealTally(deals: readonly Deal[]): DealTally {
  return { count: deals.length, disclosed: deals.filter((d) => drawnAmount(d) !== null).length };
}

/** Deals in date order (partial dates sort by their text, which is chronological). */
export const sortedDeals = (deals: readonly Deal[]) => [...deals].sort((a, b) => ascending(a.date, b.date));

/** The sectors the deals are in, in the schema's order, with how many deals each has. */
export function dealSectors(deals: readonly Deal[]): { sector: Sector; count: number }[] {
  return SECTORS.flatMap((sector) => {
    const count = deals.filter((d) => d.sector === sector).length;
    return count > 0 ? [{ sector, count }] : [];
  });
}

/**
 * The sectors shown, from the URL's list: those of `sectors` (the ones with deals) that it names. A list
 * that names none of them (or is empty, the default) shows them all.
 */
export function shownSectors(sectors: readonly Sector[], param: readonly string[]): Sector[] {
  const named = sectors.filter((s) => param.includes(s));
  return named.length > 0 ? named : [...sectors];
}

/** The URL's list for the sectors shown: empty while all are (the default), else the shown ones, sorted as parsed. */
export function sectorsParam(sectors: readonly Sector[], shown: readonly Sector[]): Sector[] {
  return sectors.every((s) => shown.includes(s)) ? [] : sectors.filter((s) => shown.includes(s)).sort();
}

/** Deals up to and including the focus year, and those after it; with no focus year, all are "before". */
export function splitByYear(deals: readonly Deal[], year: number | null): { before: Deal[]; after: Deal[] } {
  if (year === null) return { before: [...deals], after: [] };
  return { before: deals.filter((d) => dealYear(d) <= year), after: deals.filter((d) => dealYear(d) > year) };
}

/** Whether a deal's amount is a commitment to spend over years, not money that changed hands. */
export const isCommitment = (deal: Deal) => deal.amount !== null && deal.amountKind === "commitment";

/** The amount a deal's bar draws: a price, loan or financing; a commitment is written out, never drawn beside them. */
export const drawnAmount = (deal: Deal) => (isCommitment(deal) ? null : deal.amount);

/** The largest drawn amount, for the deal bars' common scale. */
export const maxAmount = (deals: readonly Deal[]) => Math.max(0, ...deals.map((d) => drawnAmount(d) ?? 0));

/** Every source id the file cites, in order of first use. */
export function allSources(file: InvestmentFile): string[] {
  const items = [file.headline, ...file.counts, ...file.inflows, ...file.sectorShares, ...file.deals, ...file.companies];
  return uniqueIds(...items.map((i) => i.sources));
}

/** A deal's amount in full: the figure, "not disclosed", or the figure as a commitment to spend, not a price. */
export function dealAmountText(deal: Deal, t: Translate, fmt: Formatters): string {
  if (deal.amount === null) return t("value.notDisclosed");
  return isCommitment(deal) ? t("investment.deal.commitment", { amount: fmt.usdExact(deal.amount) }) : fmt.usdExact(deal.amount);
}
