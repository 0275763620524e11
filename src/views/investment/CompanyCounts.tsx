import { ascending } from "d3-array";
import { Heading } from "../../charts/Heading";
import { useId } from "react";
import { SourceLine } from "../../charts/SourceLine";
import type { InvestmentFile } from "../../data/schemas/investment";
import { useLocale } from "../../lib/locale";
import { qualified } from "../../data/derive/investment";

/** How many companies with Chinese capital were reported, and when; `titled={false}` leaves the heading to a Disclosure around it. */
export function CompanyCounts({ companies, titled = true }: { companies: InvestmentFile["companies"]; titled?: boolean }) {
  const locale = useLocale();
  const { t, fmt } = locale;
  const headingId = useId();
  if (companies.length === 0) return null;
  const sorted = [...companies].sort((a, b) => ascending(a.date, b.date));
  return (
    <section className="investment-companies" aria-labelledby={titled ? headingId : undefined}>
      {titled && (
        <Heading depth={1} id={headingId} className="investment__heading">
          {t("investment.companies.title")}
        </Heading>
      )}
      <ol className="investment-companies__list">
        {sorted.map((c) => (
          <li key={c.date}>
            <strong>{qualified(locale, c.qualifier, fmt.number(c.count))}</strong> <span>{fmt.date(c.date, c.precision)}</span>
          </li>
        ))}
      </ol>
      <SourceLine ids={sorted.flatMap((c) => c.sources)} />
    </section>
  );
}
