import { startOf } from "../../lib/partialDate";
import type { InvestmentFile } from "../schemas/investment";
import { checkUniqueIds } from "./generic";
import { issueAt, type Issue } from "./issue";

/** Words by which a deal's text says its amount is a promise to spend, not money that changed hands. */
const COMMITMENT_WORDS = /\b(commit(ted|ting|ment)?|pledg(e|ed|ing))\b/i;

/**
 * Investment lists have unique ids; a deal whose text calls its amount a commitment says so in `amountKind`;
 * yearly inflows are unique and ascending; company counts are in date order.
 */
export function checkInvestment(file: string, investment: InvestmentFile): Issue[] {
  const issues = checkUniqueIds(file, investment.counts, ["counts"]);
  const clash = investment.counts.findIndex((count) => count.id === investment.headline.id);
  if (clash >= 0) {
    issues.push(issueAt(file, ["counts", clash, "id"], "an id other than the headline's", JSON.stringify(investment.headline.id)));
  }
  issues.push(...checkUniqueIds(file, investment.deals, ["deals"]));
  investment.deals.forEach((deal, i) => {
    if (deal.amount !== null && deal.amountKind !== "commitment" && COMMITMENT_WORDS.test(`${deal.description} ${deal.note ?? ""}`)) {
      issues.push(
        issueAt(
          file,
          ["deals", i, "amountKind"],
          '"commitment" (the deal\'s text calls its amount a commitment or pledge, which is not drawn beside prices and loans)',
          JSON.stringify(deal.amountKind ?? "transaction"),
        ),
      );
    }
  });
  investment.inflows.forEach((inflow, i) => {
    const previous = investment.inflows[i - 1];
    if (previous && inflow.year <= previous.year) {
      issues.push(
        issueAt(file, ["inflows", i, "year"], `a year after ${previous.year} (years are unique and ascending)`, String(inflow.year)),
      );
    }
  });
  investment.companies.forEach((entry, i) => {
    const previous = investment.companies[i - 1];
    if (previous && startOf(entry.date) < startOf(previous.date)) {
      issues.push(
        issueAt(
          file,
          ["companies", i, "date"],
          `a date on or after ${previous.date} (counts are in date order)`,
          JSON.stringify(entry.date),
        ),
      );
    }
  });
  return issues;
}
