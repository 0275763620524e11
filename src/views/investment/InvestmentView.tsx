import { useSuspenseQuery } from "@tanstack/react-query";
import { SourceLine } from "../../charts/SourceLine";
import { investmentQuery } from "../../data/queries";
import { useLocale } from "../../lib/locale";
import { countSources, dealTally } from "./compute";

/** The investment view: for now the headline tally and the other counts, from data/investment.json. */
export function InvestmentView() {
  const { data } = useSuspenseQuery(investmentQuery());
  const { t, tn, fmt } = useLocale();
  const { headline, counts } = data;
  const tally = dealTally(data);
  return (
    <div className="summary">
      <p className="summary__headline">
        {t("investment.headline", {
          value: fmt.usdCompact(headline.value),
          from: headline.period.from ?? "…",
          to: headline.period.to,
        })}
      </p>
      <p className="summary__note">{headline.measures}</p>
      {counts.length > 0 && (
        <>
          <h3 className="summary__subhead">{t("investment.otherCounts")}</h3>
          <ul className="summary__list">
            {counts.map((c) => (
              <li key={c.id}>
                <strong>{fmt.usdCompact(c.value)}</strong> — {c.measures}
                {c.whyDifferent ? ` ${c.whyDifferent}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{tn("investment.deals", tally.count, { disclosed: fmt.number(tally.disclosed) })}</p>
      <SourceLine ids={countSources(data)} />
    </div>
  );
}
