import { useId } from "react";
import { Heading } from "../../charts/Heading";
import { SourceLine } from "../../charts/SourceLine";
import type { Share } from "../../data/schemas/trade";
import { useLocale } from "../../lib/locale";
import { orderedShares, shareText, shareWhen } from "./shares";

interface Props {
  shares: readonly Share[];
  /** The shared focus year: its shares are marked. */
  focusYear: number | null;
}

/** China's share of Kazakhstan's trade, for each year and months a source gives it, as Kazakhstan measures it. */
export function TradeShares({ shares, focusYear }: Props) {
  const locale = useLocale();
  const { t } = locale;
  const headingId = useId();
  if (shares.length === 0) return null;
  return (
    <section className="trade-shares" aria-labelledby={headingId}>
      <Heading depth={2} id={headingId} className="trade-made__direction">
        {t("trade.share.title")}
      </Heading>
      <p className="trade-made__named">{t("trade.share.key")}</p>
      <ul className="trade-shares__list">
        {orderedShares(shares).map((share) => (
          <li key={share.id} className={share.year === focusYear ? "is-active" : undefined}>
            {t("trade.share.item", { when: shareWhen(locale, share), share: shareText(locale, share) })}
          </li>
        ))}
      </ul>
      <SourceLine ids={orderedShares(shares).flatMap((s) => s.sources)} />
    </section>
  );
}
