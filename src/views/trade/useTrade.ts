import { useMemo } from "react";
import type { TimelineFile } from "../../data/schemas/timeline";
import type { TradeFile } from "../../data/schemas/trade";
import type { Locale } from "../../lib/locale";
import type { TradeUrlState } from "./urlKeys";
import { headline, latestReporterGap, seriesById } from "../../data/derive/trade";
import { axisEvents, clampRange, inRange, selectSeries, yearExtent, yearsOf } from "./compute";
import { dashFor, REPORTER_COLOR } from "./seriesStyle";
import type { DrawnSeries } from "./TradeChart";
import { endLabel, seriesLabel } from "./tradeText";

/**
 * Everything the trade view draws, derived from the files and the URL and memoized on them: the year
 * extent and the range shown, the drawn series, their years, the headline, the reporters' gap, the
 * timeline's milestones on the axis and the latest target (where totals are drawn).
 */
export function useTrade(file: TradeFile, timeline: TimelineFile | undefined, state: TradeUrlState, locale: Pick<Locale, "t">) {
  const extent = useMemo(() => yearExtent(file), [file]);
  const range = useMemo(() => clampRange(extent, state.from, state.to), [extent, state.from, state.to]);
  const drawn: DrawnSeries[] = useMemo(
    () =>
      selectSeries(file, state.reporter, state.flow).map((s) => ({
        series: inRange(s, range),
        label: seriesLabel(locale, s),
        endLabel: endLabel(locale, s),
        color: REPORTER_COLOR[s.reporter],
        dash: dashFor(s.reporter, s.flow),
      })),
    [file, state.reporter, state.flow, range, locale],
  );
  const years = useMemo(() => yearsOf(drawn.map((d) => d.series)), [drawn]);
  const primary = seriesById(file, state.reporter === "kz" ? "kz-total" : "cn-total");
  const head = useMemo(() => (primary ? headline(inRange(primary, range)) : null), [primary, range]);
  const cnTotal = seriesById(file, "cn-total");
  const kzTotal = seriesById(file, "kz-total");
  const gap = useMemo(
    () => (cnTotal && kzTotal ? latestReporterGap(inRange(cnTotal, range), inRange(kzTotal, range)) : null),
    [cnTotal, kzTotal, range],
  );
  const events = useMemo(() => (timeline ? axisEvents(timeline.events, range) : []), [timeline, range]);
  // A target for total trade is drawn only beside total trade: among one-way flows it would compare unlike things.
  const totalsDrawn = drawn.some((d) => d.series.flow === "total");
  const target = totalsDrawn ? (file.targets[file.targets.length - 1] ?? null) : null;
  return { extent, range, drawn, years, head, gap, events, target };
}
