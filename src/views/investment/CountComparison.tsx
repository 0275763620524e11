import { useId } from "react";
import { Heading } from "../../charts/Heading";
import { SourceLine } from "../../charts/SourceLine";
import type { InvestmentCount } from "../../data/schemas/investment";
import { useLocale } from "../../lib/locale";
import { richText } from "../../lib/richText";
import { amountAxis, fraction } from "./amounts";
import type { CountGroup } from "./counts";
import { countAmount, periodLabel } from "../../data/derive/investment";

interface Props {
  headline: InvestmentCount;
  groups: readonly CountGroup[];
  /** False inside a Disclosure, which carries the heading. */
  titled?: boolean;
}

const pct = (value: number, max: number) => `${(fraction(value, max) * 100).toFixed(2)}%`;

/**
 * "How big is it, by whose count": one row per kind of count, naming the latest of each with its
 * reason for differing, and a dot for every count of that kind on one shared dollar axis.
 */
export function CountComparison({ headline, groups, titled = true }: Props) {
  const locale = useLocale();
  const { t, tn, fmt } = locale;
  const headingId = useId();
  const axis = amountAxis(Math.max(headline.value, ...groups.map((g) => g.max)));
  const track = (counts: readonly InvestmentCount[], lead: InvestmentCount) => (
    <div className="investment-counts__track" aria-hidden="true">
      <span className="investment-counts__tally" style={{ left: pct(headline.value, axis.max) }} />
      {counts.map((c) => (
        <span key={c.id} className={`investment-counts__dot${c === lead ? " is-lead" : ""}`} style={{ left: pct(c.value, axis.max) }} />
      ))}
    </div>
  );

  return (
    <section className="investment-counts" aria-labelledby={titled ? headingId : undefined}>
      {titled && (
        <Heading depth={1} id={headingId} className="investment__heading">
          {t("investment.counts.title")}
        </Heading>
      )}
      <p className="investment__intro">{t("investment.counts.intro", { value: fmt.usdCompact(headline.value) })}</p>
      <ul className="investment-counts__rows">
        <li className="investment-counts__row investment-counts__row--tally">
          <div>
            <span className="investment-counts__kind">{t("investment.kind.tally")}</span>
            <span className="investment-counts__value">
              {countAmount(locale, headline)} <span className="investment-counts__period">{periodLabel(locale, headline.period)}</span>
            </span>
          </div>
          {track([headline], headline)}
        </li>
        {groups.map((g) => (
          <li key={g.kind} className="investment-counts__row">
            <div>
              <span className="investment-counts__kind">{t(`investment.kind.${g.kind}`)}</span>
              <span className="investment-counts__value">
                {countAmount(locale, g.lead)}{" "}
                <span className="investment-counts__period">{periodLabel(locale, g.lead.period, g.kind === "stock")}</span>
              </span>
              <span className="investment-counts__why">{g.lead.whyDifferent ?? g.lead.measures}</span>
            </div>
            {track(g.counts, g.lead)}
            <details className="investment__more investment-counts__more">
              <summary>
                {g.counts.length === 1
                  ? t("investment.counts.details")
                  : g.counts.length === 2
                    ? t("investment.counts.both", { min: fmt.usdCompact(g.min), max: fmt.usdCompact(g.max) })
                    : tn("investment.counts.all", g.counts.length, { min: fmt.usdCompact(g.min), max: fmt.usdCompact(g.max) })}
              </summary>
              <ul>
                {[...g.counts].reverse().map((c) => (
                  <li key={c.id}>
                    {richText(t("investment.counts.entry"), {
                      amount: <strong>{countAmount(locale, c)}</strong>,
                      period: periodLabel(locale, c.period, g.kind === "stock"),
                      measures:
                        c.whyDifferent && c !== g.lead ? t("text.sentences", { first: c.measures, second: c.whyDifferent }) : c.measures,
                      confidence: <span className="investment__confidence">{t(`confidence.${c.confidence}`)}</span>,
                    })}
                    {c.note && <span className="investment__note"> {c.note}</span>}
                    <SourceLine ids={c.sources} />
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
        <li className="investment-counts__row investment-counts__row--axis" aria-hidden="true">
          <div />
          <div className="investment-counts__axis">
            {axis.ticks.map((v) => (
              <span key={v} style={{ left: pct(v, axis.max) }}>
                {fmt.usdCompact(v)}
              </span>
            ))}
          </div>
        </li>
      </ul>
    </section>
  );
}
