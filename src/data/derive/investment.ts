import type { Locale } from "../../lib/locale";
import type { InvestmentCount } from "../schemas/investment";

// How the investment counts are worded, in the investment view and the presentation.

type Qualifier = InvestmentCount["qualifier"];
type Period = InvestmentCount["period"];

/** "about $15B", "more than $26B": a figure as its source words it. */
export function qualified({ t }: Pick<Locale, "t">, qualifier: Qualifier, value: string): string {
  return t(`investment.qualifier.${qualifier}`, { value });
}

/** "2005–2023", "to 2025" (no stated start), "as of 2025" (a stock, counted at one date) or "2015" (one year). */
export function periodLabel({ t }: Pick<Locale, "t">, { from, to }: Period, stock = false): string {
  if (from === null) return t(stock ? "investment.period.asOf" : "investment.period.until", { to });
  return from === to ? String(to) : t("investment.period.range", { from, to });
}

/** A count's amount in compact form, with its qualifier. */
export const countAmount = (locale: Pick<Locale, "t" | "fmt">, c: InvestmentCount) =>
  qualified(locale, c.qualifier, locale.fmt.usdCompact(c.value));
