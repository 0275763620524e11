import type { TradeSeries } from "../../data/schemas/trade";
import { focusYearItem } from "../../charts/focusYearItem";
import type { Locale } from "../../lib/locale";
import type { Headline } from "../../data/derive/trade";
import { isFlagged, yearOnYear } from "./compute";
import type { DrawnSeries } from "./TradeChart";
import type { TradeUrlState } from "./urlKeys";
import type { EndLabel } from "./lineLabels";

/** A series' name as the chart, legend, tooltip and table give it: the reporter, and the flow when split. */
export function seriesLabel({ t }: Pick<Locale, "t">, s: TradeSeries): string {
  return s.flow === "total"
    ? t(`trade.reporter.${s.reporter}`)
    : t("text.labelled", { label: t(`trade.reporter.${s.reporter}`), value: t(`trade.flow.${s.reporter}.${s.flow}`) });
}

/** What the live region says of a year: each drawn series' value, change and confidence. */
export function describeYear({ t, fmt }: Pick<Locale, "t" | "fmt">, drawn: readonly DrawnSeries[], year: number): string {
  return fmt.entries(
    drawn.flatMap((d) => {
      const p = d.series.points.find((q) => q.year === year);
      if (!p) return [];
      const change = yearOnYear(d.series, year);
      const notes = [
        ...(change === null ? [] : [t("trade.change", { change: fmt.percent(change, true), year: year - 1 })]),
        ...(isFlagged(p) ? [p.estimate ? t("trade.estimate") : t("confidence.unverified")] : []),
      ];
      const value = t("text.labelled", { label: d.label, value: fmt.usdCompact(p.value) });
      return [notes.length === 0 ? value : t("text.annotated", { text: value, note: fmt.list(notes) })];
    }),
  );
}

/** What the focus year means in this view: each drawn series' value that year. */
export function focusSummary({ t, fmt }: Pick<Locale, "t" | "fmt">, drawn: readonly DrawnSeries[], year: number): string {
  const values = drawn.flatMap((d) => {
    const p = d.series.points.find((q) => q.year === year);
    return p ? [t("trade.focus.value", { series: d.label, value: fmt.usdCompact(p.value) })] : [];
  });
  return values.length > 0 ? t("trade.focus.summary", { values: fmt.list(values) }) : t("trade.focus.none");
}

/** The chart's accessible name: what it draws, over which years, from what to what. */
export function chartSummary(
  { t, fmt }: Pick<Locale, "t" | "fmt">,
  drawn: readonly DrawnSeries[],
  range: readonly [number, number],
  head: Headline | null,
): string {
  if (!head) return t("trade.noData");
  return t("trade.summary", {
    series: fmt.list(drawn.map((d) => d.label)),
    from: range[0],
    to: range[1],
    first: fmt.usdCompact(head.first.value),
    firstYear: head.first.year,
    latest: fmt.usdCompact(head.latest.value),
    latestYear: head.latest.year,
  });
}

/** A line's short name for its end: the reporter, and the flow ("total trade", "China → Kazakhstan"). */
export function endLabel({ t }: Pick<Locale, "t">, s: TradeSeries): EndLabel {
  return {
    reporter: t(`trade.reporterShort.${s.reporter}`),
    flow: s.flow === "total" ? t("trade.endLabel.total") : t(`trade.endLabel.${s.reporter}.${s.flow}`),
  };
}

/** What the controls have set, one short item each, for the folded controls bar: "China · Total · Linear · 1992–2024". */
export function controlsSummary({ t }: Pick<Locale, "t">, state: TradeUrlState, range: readonly [number, number]): string[] {
  const reporter = state.reporter === "both" ? t("trade.reporter.both") : t(`trade.reporterShort.${state.reporter}`);
  return [
    reporter,
    t(`trade.flow.${state.flow}`),
    t(`trade.scale.${state.scale}`),
    t("controls.years", { from: range[0], to: range[1] }),
    ...(state.year === null ? [] : [focusYearItem({ t }, state.year)]),
  ];
}
