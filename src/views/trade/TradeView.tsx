import { useSuspenseQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { SourceLine } from "../../charts/SourceLine";
import { tradeQuery } from "../../data/queries";
import { useLocale } from "../../lib/locale";
import { headline, latestReporterGap, seriesById, sourcesOf } from "./compute";

/** The trade view: for now its headline figures in plain text, computed from data/trade.json. */
export function TradeView() {
  const { data } = useSuspenseQuery(tradeQuery());
  const { t, tn, fmt } = useLocale();
  const cn = seriesById(data, "cn-total");
  const kz = seriesById(data, "kz-total");
  const head = useMemo(() => (cn ? headline(cn) : null), [cn]);
  const gap = useMemo(() => (cn && kz ? latestReporterGap(cn, kz) : null), [cn, kz]);
  const target = data.targets[data.targets.length - 1];
  if (!cn || !head) return <p>{t("value.unknown")}</p>;
  return (
    <div className="summary">
      <p className="summary__headline">
        {t("trade.headline", {
          first: fmt.usdCompact(head.first.value),
          firstYear: head.first.year,
          latest: fmt.usdCompact(head.latest.value),
          latestYear: head.latest.year,
          multiple: fmt.multiple(head.multiple),
        })}
      </p>
      <p className="summary__note">{t("trade.reportedBy")} · {tn("trade.years", cn.points.length, { from: head.first.year, to: head.latest.year })}</p>
      {gap && (
        <p>
          {t("trade.kzLatest", { value: fmt.usdCompact(gap.kz), year: gap.year, gap: fmt.percent(gap.ratio) })}
        </p>
      )}
      {target && (
        <p>{t("trade.target", { value: fmt.usdCompact(target.value), year: target.byYear, setOn: target.setOn.slice(0, 4) })}</p>
      )}
      <SourceLine ids={[...sourcesOf(cn), ...(kz ? sourcesOf(kz) : [])]} />
    </div>
  );
}
