import { SourceLine } from "../../charts/SourceLine";
import type { Deal } from "../../data/schemas/investment";
import { useLocale } from "../../lib/locale";
import { dealAmountText } from "./deals";

/** Everything on record about one deal: date, amount, parties, provenance and sources. */
export function DealDetails({ deal, id }: { deal: Deal; id: string }) {
  const { t, fmt } = useLocale();
  return (
    <div id={id} className="investment-deal__details">
      <p>{deal.description}</p>
      <dl>
        <dt>{t("investment.deal.date")}</dt>
        <dd>{fmt.date(deal.date, deal.precision)}</dd>
        <dt>{t("investment.deal.amount")}</dt>
        <dd>{dealAmountText(deal, t, fmt)}</dd>
        <dt>{t("investment.deal.parties")}</dt>
        <dd>{fmt.list(deal.parties)}</dd>
        <dt>{t("investment.deal.kind")}</dt>
        <dd>{t("text.pair", { first: t(`investment.sector.${deal.sector}`), second: t(`investment.dealKind.${deal.kind}`) })}</dd>
        <dt>{t("investment.deal.confidence")}</dt>
        <dd>
          {deal.method
            ? t("text.annotated", { text: t(`confidence.${deal.confidence}`), note: deal.method })
            : t(`confidence.${deal.confidence}`)}
        </dd>
      </dl>
      {deal.note && <p className="investment__note">{deal.note}</p>}
      <SourceLine ids={deal.sources} />
    </div>
  );
}
