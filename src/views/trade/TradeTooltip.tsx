import { useLocale } from "../../lib/locale";
import { yearOnYear } from "./compute";
import { tooltipRows } from "./tooltipRows";
import { detailsText } from "../../lib/textParts";
import type { DrawnSeries } from "./TradeChart";

interface Props {
  year: number;
  drawn: readonly DrawnSeries[];
  sourceName: (id: string) => string;
}

/** What the tooltip says for one year: each drawn series' value, change, confidence and source. */
export function TradeTooltip({ year, drawn, sourceName }: Props) {
  const { t, tn, fmt } = useLocale();
  const { rows, hidden } = tooltipRows(drawn, year);
  return (
    <div className="trade-tooltip">
      <strong className="trade-tooltip__year">{year}</strong>
      {rows.map(({ d, point: p }) => {
        const change = yearOnYear(d.series, year);
        return (
          <div key={d.series.id} className="trade-tooltip__row">
            <span className="trade-tooltip__swatch" style={{ background: d.color }} aria-hidden="true" />
            <span className="trade-tooltip__label">{d.label}</span>
            <span className="trade-tooltip__value">{fmt.usdCompact(p.value)}</span>
            <span className="trade-tooltip__meta">
              {detailsText(t, [
                change === null ? t("trade.noChange") : t("trade.change", { change: fmt.percent(change, true), year: year - 1 }),
                t(`confidence.${p.confidence}`),
                ...(p.estimate ? [t("trade.estimate")] : []),
                fmt.entries(p.sources.map(sourceName)),
              ])}
            </span>
          </div>
        );
      })}
      {hidden > 0 && <p className="trade-tooltip__more">{tn("trade.tooltip.more", hidden)}</p>}
    </div>
  );
}
