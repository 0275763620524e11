import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useCallback, useId, useRef } from "react";
import { ChartKeys } from "../../charts/ChartKeys";
import { Disclosure } from "../../charts/Disclosure";
import { FocusYearControl } from "../../charts/FocusYearControl";
import { SourceLine } from "../../charts/SourceLine";
import { toCsv } from "../../charts/csv";
import { drawBox, useElementSize } from "../../charts/useElementSize";
import { ViewControls } from "../../charts/ViewControls";
import { useEmbedForm } from "../../lib/embedForm";
import { useSources } from "../../charts/useSources";
import { ViewActions } from "../../charts/ViewActions";
import { timelineQuery, tradeQuery } from "../../data/queries";
import { useLocale } from "../../lib/locale";
import { useReducedMotion } from "../../lib/useReducedMotion";
import { useUrlState } from "../../lib/useUrlState";
import { compositionCsvColumns, compositionRows } from "./composition";
import { sourcesOf } from "./compute";
import { TradeChart } from "./TradeChart";
import { TradeComposition } from "./TradeComposition";
import { TradeCompositionTable } from "./TradeCompositionTable";
import { TradeShares } from "./TradeShares";
import { TradeSharesTable } from "./TradeSharesTable";
import { orderedShares, shareCsvColumns } from "./shares";
import { TradeControls } from "./TradeControls";
import { TradeLegend } from "./TradeLegend";
import { csvColumns, tradeRows, wideCsvColumns } from "./tradeCsv";
import { chartSummary, controlsSummary, describeYear, focusSummary } from "./tradeText";
import { TradeTooltip } from "./TradeTooltip";
import { TradeYearTable } from "./TradeYearTable";
import { tradeYears } from "./tradeWide";
import { TRADE_CONTROLS, TRADE_URL_KEYS } from "./urlKeys";
import { usePlay } from "./usePlay";
import { useTrade } from "./useTrade";
import "./trade.css";

/** Bilateral trade, 1992 to the latest year, as each country reports it. */
export function TradeView() {
  const locale = useLocale();
  const { data: file } = useSuspenseQuery(tradeQuery(locale.lang));
  // The other files enrich the view (event markers, source names) but are not needed to draw it.
  const { data: timeline } = useQuery(timelineQuery(locale.lang));
  const { list: sourceList, name: sourceName } = useSources();
  const { t, fmt } = locale;
  const [state, update] = useUrlState(TRADE_URL_KEYS);
  const reduceMotion = useReducedMotion();
  const [sizeRef, box] = useElementSize<HTMLDivElement>();
  // On a slide-shaped embed: the headline, the chart filling the frame, the legend and sources; the rest in Options.
  const slide = useEmbedForm()?.slide ?? false;
  const { width, height: boxHeight, fill } = drawBox(box, slide);
  const { typeScale } = box;
  const svgRef = useRef<SVGSVGElement>(null);
  const instructionsId = useId();
  const { extent, range, drawn, years, head, gap, events, target } = useTrade(file, timeline, state, locale);
  const play = usePlay(years);

  const describe = useCallback((year: number) => describeYear(locale, drawn, year), [locale, drawn]);
  const sources = sourcesOf(...drawn.map((d) => d.series));

  return (
    <div className="trade summary">
      {head && (
        <p className="trade__headline slide-one-line">
          {t("trade.headline", {
            first: fmt.usdCompact(head.first.value),
            firstYear: head.first.year,
            latest: fmt.usdCompact(head.latest.value),
            latestYear: head.latest.year,
            multiple: fmt.multiple(head.multiple),
          })}
        </p>
      )}
      {gap && !slide && (
        <div className="trade__compare">
          {t("trade.compare", { year: gap.year, cn: fmt.usdCompact(gap.cn), kz: fmt.usdCompact(gap.kz), gap: fmt.percent(gap.ratio) })}{" "}
          <details className="trade__why">
            <summary>{t("trade.why")}</summary>
            <p>{file.reporterGap.explanation}</p>
            <SourceLine ids={file.reporterGap.sources} />
          </details>
        </div>
      )}

      <ViewControls supports={TRADE_CONTROLS} summary={controlsSummary(locale, state, range)}>
        <TradeControls state={state} update={update} extent={extent} range={range} play={play} />
        <FocusYearControl
          year={state.year}
          range={extent}
          summary={state.year === null ? null : focusSummary(locale, drawn, state.year)}
          onChange={(year) => update({ year })}
        />
      </ViewControls>

      <figure className={fill ? "trade-chart slide-fill" : "trade-chart"} ref={sizeRef}>
        {width > 0 && (!slide || boxHeight > 0) && (
          <TradeChart
            drawn={drawn}
            range={range}
            scale={state.scale}
            width={width}
            typeScale={typeScale}
            fitHeight={slide ? boxHeight : undefined}
            playYear={play.playing ? play.year : null}
            onReaderTakesOver={play.stop}
            describeYear={describe}
            onSelect={(year) => update({ year })}
            focusYear={state.year}
            events={events}
            revealYear={play.year}
            reduceMotion={reduceMotion}
            target={
              target
                ? { value: target.value, label: t("trade.targetLine", { value: fmt.usdCompact(target.value), year: target.byYear }) }
                : null
            }
            summary={chartSummary(locale, drawn, range, head)}
            instructionsId={instructionsId}
            svgRef={svgRef}
            renderTooltip={(year) => <TradeTooltip year={year} drawn={drawn} sourceName={sourceName} />}
          />
        )}
      </figure>
      <ChartKeys id={instructionsId} hidden={slide}>
        {t("trade.instructions")}
      </ChartKeys>

      <TradeLegend drawn={drawn} events={events} compact={slide} />
      <SourceLine ids={sources} max={slide ? 2 : undefined} />
      {!slide && (file.composition.length > 0 || file.shares.length > 0) && (
        <Disclosure className="trade__made" title={t("trade.made.title")} teaser={t("trade.made.teaser")}>
          <TradeComposition composition={file.composition} focusYear={state.year} onYear={(year) => update({ year })} />
          <TradeShares shares={file.shares} focusYear={state.year} />
        </Disclosure>
      )}
      {!slide && (
        <ViewActions
          viewId="trade"
          title={t("view.trade.title")}
          svgRef={svgRef}
          sourceText={fmt.entries(sources.map(sourceName))}
          csv={() => toCsv(tradeRows(file), csvColumns(sourceList), t)}
          csvWide={() => toCsv(tradeYears(file), wideCsvColumns(file, sourceList), t)}
          moreCsv={[
            {
              key: "products",
              label: t("csv.made"),
              description: t("csv.made.description"),
              csv: () => toCsv(compositionRows(file), compositionCsvColumns(sourceList), t),
            },
            {
              key: "shares",
              label: t("csv.shares"),
              description: t("csv.shares.description"),
              csv: () => toCsv(orderedShares(file.shares), shareCsvColumns(sourceList), t),
            },
          ]}
          table={
            <>
              <TradeYearTable file={file} sourceName={sourceName} focusYear={state.year} />
              <TradeCompositionTable file={file} sourceName={sourceName} focusYear={state.year} />
              <TradeSharesTable shares={file.shares} sourceName={sourceName} focusYear={state.year} />
            </>
          }
        />
      )}
    </div>
  );
}
