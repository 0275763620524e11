import type { InvestmentCount } from "../../data/schemas/investment";
import type { Locale } from "../../lib/locale";

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

/** The CSS colour of the i-th sector in a legend: the Okabe–Ito palette, cycling past its seven hues. */
export const sectorColor = (i: number) => `var(--cat-${(i % 7) + 1})`;
