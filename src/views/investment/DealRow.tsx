import { useId } from "react";
import type { Deal } from "../../data/schemas/investment";
import { useLocale } from "../../lib/locale";
import { richText } from "../../lib/richText";
import { fraction } from "./amounts";
import { dealYear, drawnAmount, isCommitment } from "./deals";
import { DealDetails } from "./DealDetails";

interface Props {
  deal: Deal;
  /** The largest disclosed amount: every bar shares one scale. */
  scaleMax: number;
  selected: boolean;
  /** After the shared focus year: drawn muted. */
  later: boolean;
  onToggle: () => void;
}

/** One deal: year, title, sector, amount (or "not disclosed") and a bar; activating it opens its details, Escape closes them. */
export function DealRow({ deal, scaleMax, selected, later, onToggle }: Props) {
  const { t, fmt } = useLocale();
  const detailsId = useId();
  const flagged = deal.confidence === "unverified";
  const kindText = t("text.pair", { first: t(`investment.sector.${deal.sector}`), second: t(`investment.dealKind.${deal.kind}`) });
  const drawn = drawnAmount(deal);
  return (
    <li
      className={`investment-deal${selected ? " is-selected" : ""}${later ? " is-later" : ""}`}
      // Escape closes the open deal from its button or its details, and leaves the focus on its button.
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !selected) return;
        e.preventDefault();
        onToggle();
        e.currentTarget.querySelector<HTMLButtonElement>(".investment-deal__button")?.focus();
      }}
    >
      <button
        type="button"
        className="investment-deal__button"
        aria-expanded={selected}
        aria-controls={selected ? detailsId : undefined}
        onClick={onToggle}
      >
        <span className="investment-deal__year">{dealYear(deal)}</span>
        <span className="investment-deal__title">{deal.title}</span>
        <span className="investment-deal__meta">
          {flagged
            ? richText(t("text.pair"), {
                first: kindText,
                second: <span className="investment__flag">{t("confidence.unverified")}</span>,
              })
            : kindText}
        </span>
        <span className={`investment-deal__amount${drawn === null ? " is-unknown" : ""}`}>
          {deal.amount === null
            ? t("value.notDisclosed")
            : isCommitment(deal)
              ? t("investment.deal.pledged", { amount: fmt.usdCompact(deal.amount) })
              : fmt.usdCompact(deal.amount)}
        </span>
        <span className="investment-deal__bar" aria-hidden="true">
          {drawn !== null && <span style={{ width: `${(fraction(drawn, scaleMax) * 100).toFixed(2)}%` }} />}
        </span>
      </button>
      {selected && <DealDetails deal={deal} id={detailsId} />}
    </li>
  );
}
