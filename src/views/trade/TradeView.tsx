import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import { DataTable } from "../../charts/DataTable";
import { SegmentedControl } from "../../charts/SegmentedControl";
import { SourceLine } from "../../charts/SourceLine";
import { toCsv } from "../../charts/csv";
import { useElementSize } from "../../charts/useElementSize";
import { ViewActions } from "../../charts/ViewActions";
import { sourcesQuery, timelineQuery, tradeQuery } from "../../data/queries";
import type { TradeSeries } from "../../data/schemas/trade";
import { useLocale } from "../../lib/locale";
import { useReducedMotion } from "../../lib/useReducedMotion";
import { useUrlState } from "../../lib/useUrlState";
import type { FlowChoice, ReporterChoice, Scale } from "../../lib/urlState";
import { axisEvents, clampRange, inRange, isFlagged, selectSeries, sourcesOf, yearExtent, yearOnYear, yearsOf } from "./compute";
import { headline, latestReporterGap, seriesById } from "../../data/derive/trade";
import { dashFor, REPORTER_COLOR } from "./seriesStyle";
import { TradeChart, type DrawnSeries } from "./TradeChart";
import { csvColumns, rowKey, tableColumns, tradeRows } from "./tradeTable";
import { usePlay } from "./usePlay";
import { YearRange } from "./YearRange";
import "./trade.css";

/** Bilateral trade, 1992 to the latest year, as each country reports it. */
export function TradeView() {
  const { data: file } = useSuspenseQuery(tradeQuery());
  // The other files enrich the view (event markers, source names) but are not needed to draw it.
  const { data: timeline } = useQuery(timelineQuery());
  const { data: sourcesFile } = useQuery(sourcesQuery());
  const locale = useLocale();
  const { t, fmt } = locale;
  const [state, update] = useUrlState();
  const reduceMotion = useReducedMotion();
  const [sizeRef, { width }] = useElementSize<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const instructionsId = useId();
  const [active, setActive] = useState<number | null>(null);

  const extent = useMemo(() => yearExtent(file), [file]);
  const range = useMemo(() => clampRange(extent, state.from, state.to), [extent, state.from, state.to]);
  const seriesLabel = useCallback(
    (s: TradeSeries) =>
      s.flow === "total"
        ? t(`trade.reporter.${s.reporter}`)
        : `${t(`trade.reporter.${s.reporter}`)}: ${t(`trade.flow.${s.reporter}.${s.flow}`)}`,
    [t],
  );
  const drawn: DrawnSeries[] = useMemo(
    () =>
      selectSeries(file, state.reporter, state.flow).map((s) => ({
        series: inRange(s, range),
        label: seriesLabel(s),
        color: REPORTER_COLOR[s.reporter],
        dash: dashFor(s.reporter, s.flow),
      })),
    [file, state.reporter, state.flow, range, seriesLabel],
  );
  const years = useMemo(() => yearsOf(drawn.map((d) => d.series)), [drawn]);
  const play = usePlay(years);
  const shown = play.playing ? play.year : active;

  const primary = seriesById(file, state.reporter === "kz" ? "kz-total" : "cn-total");
  const head = useMemo(() => (primary ? headline(inRange(primary, range)) : null), [primary, range]);
  const cnTotal = seriesById(file, "cn-total");
  const kzTotal = seriesById(file, "kz-total");
  const gap = useMemo(
    () => (cnTotal && kzTotal ? latestReporterGap(inRange(cnTotal, range), inRange(kzTotal, range)) : null),
    [cnTotal, kzTotal, range],
  );
  const events = useMemo(() => (timeline ? axisEvents(timeline.events, range) : []), [timeline, range]);
  const target = file.targets[file.targets.length - 1];
  const sourceName = useCallback((id: string) => sourcesFile?.sources.find((s) => s.id === id)?.publisher ?? id, [sourcesFile]);

  const describeYear = useCallback(
    (year: number) =>
      drawn
        .flatMap((d) => {
          const p = d.series.points.find((q) => q.year === year);
          if (!p) return [];
          const change = yearOnYear(d.series, year);
          return [
            `${d.label} ${fmt.usdCompact(p.value)}${change === null ? "" : ` (${t("trade.change", { change: fmt.percent(change, true), year: year - 1 })})`}${isFlagged(p) ? `, ${p.estimate ? t("trade.estimate") : t("confidence.unverified")}` : ""}`,
          ];
        })
        .join("; "),
    [drawn, fmt, t],
  );

  const summary = head
    ? t("trade.summary", {
        series: fmt.list(drawn.map((d) => d.label)),
        from: range[0],
        to: range[1],
        first: fmt.usdCompact(head.first.value),
        firstYear: head.first.year,
        latest: fmt.usdCompact(head.latest.value),
        latestYear: head.latest.year,
      })
    : t("trade.noData");

  const rows = useMemo(() => tradeRows(file), [file]);
  const columns = useMemo(() => tableColumns(locale, sourceName), [locale, sourceName]);

  return (
    <div className="trade summary">
      {head && (
        <p className="trade__headline">
          {t("trade.headline", {
            first: fmt.usdCompact(head.first.value),
            firstYear: head.first.year,
            latest: fmt.usdCompact(head.latest.value),
            latestYear: head.latest.year,
            multiple: fmt.multiple(head.multiple),
          })}
        </p>
      )}
      {gap && (
        <div className="trade__compare">
          {t("trade.compare", { year: gap.year, cn: fmt.usdCompact(gap.cn), kz: fmt.usdCompact(gap.kz), gap: fmt.percent(gap.ratio) })}{" "}
          <details className="trade__why">
            <summary>{t("trade.why")}</summary>
            <p>{file.reporterGap.explanation}</p>
            <SourceLine ids={file.reporterGap.sources} />
          </details>
        </div>
      )}

      <div className="trade__controls">
        <SegmentedControl<ReporterChoice>
          label={t("trade.control.reporter")}
          value={state.reporter}
          onChange={(reporter) => update({ reporter })}
          options={[
            { value: "cn", label: t("trade.reporterShort.cn") },
            { value: "kz", label: t("trade.reporterShort.kz") },
            { value: "both", label: t("trade.reporter.both") },
          ]}
        />
        <SegmentedControl<FlowChoice>
          label={t("trade.control.flow")}
          value={state.flow}
          onChange={(flow) => update({ flow })}
          options={[
            { value: "total", label: t("trade.flow.total") },
            { value: "split", label: t("trade.flow.split") },
          ]}
        />
        <SegmentedControl<Scale>
          label={t("trade.control.scale")}
          value={state.scale}
          onChange={(scale) => update({ scale })}
          options={[
            { value: "linear", label: t("trade.scale.linear") },
            { value: "log", label: t("trade.scale.log") },
          ]}
        />
        <YearRange
          extent={extent}
          value={range}
          onChange={([from, to]) => update({ from: from === extent[0] ? null : from, to: to === extent[1] ? null : to })}
        />
        <button type="button" className="button trade__play" onClick={play.toggle} aria-pressed={play.playing}>
          {play.playing ? t("trade.pause") : play.year !== null ? t("trade.resume") : t("trade.play")}
        </button>
      </div>

      <figure className="trade-chart" ref={sizeRef}>
        {width > 0 && (
          <TradeChart
            drawn={drawn}
            range={range}
            scale={state.scale}
            width={width}
            active={shown}
            onActive={(year) => {
              if (play.playing) play.stop();
              setActive(year);
            }}
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
            summary={summary}
            instructionsId={instructionsId}
            svgRef={svgRef}
            renderTooltip={(year) => <TooltipBody year={year} drawn={drawn} sourceName={sourceName} />}
          />
        )}
        <figcaption className="visually-hidden" id={instructionsId}>
          {t("trade.instructions")}
        </figcaption>
      </figure>
      <p className="visually-hidden" aria-live="polite">
        {shown !== null ? `${shown}: ${describeYear(shown)}` : ""}
      </p>

      <ul className="trade__legend">
        {drawn.map((d) => (
          <li key={d.series.id}>
            <svg width="28" height="12" aria-hidden="true">
              <line x1="1" x2="27" y1="6" y2="6" stroke={d.color} strokeWidth="3" strokeDasharray={d.dash} />
            </svg>
            {d.label}
          </li>
        ))}
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" className="trade-legend__hollow" />
          </svg>
          {t("trade.legend.flagged")}
        </li>
        {events.some((e) => e.level) && (
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <path d="M7,1L13,7L7,13L1,7Z" className="trade-legend__event trade-legend__event--level" />
            </svg>
            {t("trade.legend.levels")}
          </li>
        )}
        {events.some((e) => !e.level) && (
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <path d="M7,1.5L12.5,7L7,12.5L1.5,7Z" className="trade-legend__event" />
            </svg>
            {t("trade.legend.events")}
          </li>
        )}
      </ul>

      <SourceLine ids={sourcesOf(...drawn.map((d) => d.series))} />
      <ViewActions
        viewId="trade"
        title={t("view.trade.title")}
        svgRef={svgRef}
        sourceText={sourcesOf(...drawn.map((d) => d.series))
          .map(sourceName)
          .join("; ")}
        csv={() => toCsv(rows, csvColumns(sourcesFile?.sources ?? []))}
        table={
          <DataTable
            caption={t("trade.table.caption")}
            columns={columns}
            rows={rows}
            rowKey={rowKey}
            isCurrent={(r) => r.point.year === state.year}
          />
        }
      />
    </div>
  );
}

/** What the tooltip says for one year: each drawn series' value, change, confidence and source. */
function TooltipBody({ year, drawn, sourceName }: { year: number; drawn: readonly DrawnSeries[]; sourceName: (id: string) => string }) {
  const { t, fmt } = useLocale();
  return (
    <div className="trade-tooltip">
      <strong className="trade-tooltip__year">{year}</strong>
      {drawn.map((d) => {
        const p = d.series.points.find((q) => q.year === year);
        if (!p) return null;
        const change = yearOnYear(d.series, year);
        return (
          <div key={d.series.id} className="trade-tooltip__row">
            <span className="trade-tooltip__swatch" style={{ background: d.color }} aria-hidden="true" />
            <span className="trade-tooltip__label">{d.label}</span>
            <span className="trade-tooltip__value">{fmt.usdCompact(p.value)}</span>
            <span className="trade-tooltip__meta">
              {change === null ? t("trade.noChange") : t("trade.change", { change: fmt.percent(change, true), year: year - 1 })}
              {" · "}
              {t(`confidence.${p.confidence}`)}
              {p.estimate ? ` · ${t("trade.estimate")}` : ""}
              {" · "}
              {p.sources.map(sourceName).join(", ")}
            </span>
          </div>
        );
      })}
    </div>
  );
}
