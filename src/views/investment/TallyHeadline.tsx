import type { InvestmentCount } from "../../data/schemas/investment";
import { SourceLine } from "../../charts/SourceLine";
import { useLocale } from "../../lib/locale";
import { richText } from "../../lib/richText";
import { useReducedMotion } from "../../lib/useReducedMotion";
import { periodLabel, qualified } from "../../data/derive/investment";
import { useCountUp } from "./useCountUp";

/**
 * The headline tally, counting up once when first seen. Screen readers get the final sentence
 * only (the moving digits are hidden from them), so nothing is announced frame by frame. `compact`
 * (a slide): the figure and its label on one line, without what it measures; the view's source line names the sources.
 */
export function TallyHeadline({ headline, compact = false }: { headline: InvestmentCount; compact?: boolean }) {
  const locale = useLocale();
  const { t, fmt } = locale;
  const reduceMotion = useReducedMotion();
  const [ref, value] = useCountUp<HTMLParagraphElement>(headline.value, reduceMotion);
  const final = qualified(locale, headline.qualifier, fmt.usdCompact(headline.value));
  const period = periodLabel(locale, headline.period);
  const figure = (
    <p className="investment-tally__figure" ref={ref}>
      <span className="investment-tally__number" aria-hidden="true">
        {/* The final figure, invisible, holds the width so the line never jumps while counting. */}
        <span className="investment-tally__reserve">{fmt.usdCompact(headline.value)}</span>
        <span className="investment-tally__count" data-testid="tally-count">
          {fmt.usdCompact(value)}
        </span>
      </span>
      <span className="investment-tally__label" aria-hidden="true">
        {t("investment.tallyLabel", { period })}
      </span>
      <span className="visually-hidden">{t("investment.headline", { value: final, period })}</span>
    </p>
  );
  if (compact) return <div className="investment-tally">{figure}</div>;
  return (
    <div className="investment-tally">
      {figure}
      <p className="investment-tally__measures">
        {richText(t("text.annotated"), {
          text: richText(t("text.labelled"), { label: <strong>{t("investment.measures")}</strong>, value: headline.measures }),
          note: <span className="investment__confidence">{t(`confidence.${headline.confidence}`)}</span>,
        })}
      </p>
      <SourceLine ids={headline.sources} />
      {headline.note && (
        <details className="investment__more">
          <summary>{t("investment.aboutFigure")}</summary>
          <p>{headline.note}</p>
        </details>
      )}
    </div>
  );
}
