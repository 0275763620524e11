import { line } from "d3-shape";
import { ChartSvg } from "../../charts/ChartSvg";
import { useId, useMemo, useState, type PointerEvent, type ReactNode } from "react";
import { ChartFrame, type ChartBaseProps } from "../../charts/ChartFrame";
import { FocusYearMarker } from "../../charts/FocusYearMarker";
import { useThrottledText } from "../../charts/useThrottledText";
import { Tooltip } from "../../charts/Tooltip";
import { EventButtons } from "./EventButtons";
import { TradeAxes } from "./TradeAxes";
import { END_LABEL_GAP, endLabelRoom, type EndLabel } from "./lineLabels";
import { LineEndLabels } from "./LineEndLabels";
import type { TimelineEvent } from "../../data/schemas/timeline";
import type { TradePoint, TradeSeries } from "../../data/schemas/trade";
import { useLocale } from "../../lib/locale";
import type { Scale } from "./urlKeys";
import { fractionalYear } from "../../lib/partialDate";
import { contiguousRuns, isFlagged, markerLanes, nearestYear, valueDomain, yearsOf } from "./compute";
import { chartHeight, tradeScales } from "./tradeScales";

export interface DrawnSeries {
  series: TradeSeries;
  label: string;
  /** The short name written at the line's end where the chart has room for it. */
  endLabel: EndLabel;
  color: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash?: string;
}

interface Props extends ChartBaseProps {
  drawn: readonly DrawnSeries[];
  range: [number, number];
  scale: Scale;
  /** The type scale of the page (typeScale.ts): a projector's larger type buys a taller chart. */
  typeScale: number;
  /** On a slide, the height the frame leaves the chart; otherwise the height follows the width. */
  fitHeight?: number;
  /** While Play runs, the year it draws: the chart reads it out instead of the year under the pointer. */
  playYear: number | null;
  /** The reader takes over from Play (a hover, a key): Play stops. */
  onReaderTakesOver: () => void;
  /** What a year says in the live region: each drawn series' value. */
  describeYear: (year: number) => string;
  /** Click, tap or Enter on a year: pins its tooltip and makes it the shared focus year. */
  onSelect: (year: number) => void;
  focusYear: number | null;
  events: readonly TimelineEvent[];
  /** While playing: the last year drawn. */
  revealYear: number | null;
  reduceMotion: boolean;
  target: { value: number; label: string } | null;
  renderTooltip: (year: number) => ReactNode;
}

/** The least time (ms) between two announcements of the year while Play draws the series. */
const ANNOUNCE_EVERY_MS = 1000;
const POINT_RADIUS = 3.5;
const ACTIVE_RADIUS = 5.5;
const EVENT_ROW = 36;
/**
 * Vertical distance between marker lanes, and the closest two markers may sit in one lane: a marker's button is a
 * 24 px target (WCAG 2.5.8), and no two come closer than that. Three lanes fit the chart's bottom margin
 * (tradeScales.ts, MARGIN), enough for the events of any three years on a phone.
 */
const LANE_HEIGHT = 24;
const MARKER_GAP = 26;
const MARKER_LANES = 3;
/** A diamond: the event markers on the time axis (drawn at the type scale). */
const EVENT_SHAPE = "M0,-7L7,0L0,7L-7,0Z";
const at = (p: TradePoint) => p.year + 0.5;

/** The trade line chart: d3 computes the scales and paths, React draws them. */
export function TradeChart({
  drawn,
  range,
  scale,
  width,
  typeScale,
  fitHeight,
  playYear,
  onReaderTakesOver,
  describeYear,
  onSelect,
  focusYear,
  events,
  revealYear,
  reduceMotion,
  target,
  summary,
  instructionsId,
  renderTooltip,
  svgRef,
}: Props) {
  const { fmt } = useLocale();
  const clipId = useId().replace(/:/g, "");
  const [hoveredEvent, setHoveredEvent] = useState<TimelineEvent | null>(null);
  // The year being read lives here, not in the view: a pointer move re-renders the chart alone.
  const [reading, setReading] = useState<number | null>(null);
  const active = playYear ?? reading;
  const setActive = (year: number | null) => {
    if (playYear !== null) onReaderTakesOver();
    setReading(year);
  };
  // During Play, at most one year a second is announced (and the last one always).
  const announcement = useThrottledText(
    active !== null ? `${active}: ${describeYear(active)}` : "",
    playYear !== null ? ANNOUNCE_EVERY_MS : 0,
  );
  // One tooltip at a time: reading a year closes an event's tooltip, and focusing an event closes the year's.
  const onActive = (year: number | null) => {
    if (year !== null) setHoveredEvent(null);
    setActive(year);
  };
  const onFocusEvent = (event: TimelineEvent | null) => {
    setHoveredEvent(event);
    if (event !== null) setActive(null);
  };
  const height = fitHeight ?? chartHeight(width, typeScale);
  const seriesList = useMemo(() => drawn.map((d) => d.series), [drawn]);
  const domain = useMemo(() => valueDomain(seriesList, scale), [seriesList, scale]);
  // Marks, margins and spacing grow with the type, so a projector's chart reads like a laptop's, larger.
  const k = typeScale;
  const labelRoom = useMemo(
    () =>
      endLabelRoom(
        drawn.map((d) => d.endLabel),
        width,
        k,
      ),
    [drawn, width, k],
  );
  const scales = useMemo(
    () => tradeScales(width, height, range, domain, scale, k, labelRoom),
    [width, height, range, domain, scale, k, labelRoom],
  );
  const { x, y, innerWidth, innerHeight, margin } = scales;
  const [pointRadius, activeRadius] = [POINT_RADIUS * k, ACTIVE_RADIUS * k];
  const years = useMemo(() => yearsOf(seriesList), [seriesList]);
  const paths = useMemo(() => {
    const path = line<TradePoint>()
      .x((p) => x(at(p)))
      .y((p) => y(p.value));
    return drawn.map((d) => contiguousRuns(d.series.points).map((run) => path(run) ?? ""));
  }, [drawn, x, y]);

  const yearAtPointer = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return nearestYear(years, x.invert(e.clientX - box.left) - 0.5);
  };

  const eventXs = useMemo(() => events.map((e) => x(fractionalYear(e.date))), [events, x]);
  const lanes = useMemo(() => markerLanes(eventXs, MARKER_GAP * k, MARKER_LANES), [eventXs, k]);
  const eventY = (i: number) => (EVENT_ROW + (lanes[i] ?? 0) * LANE_HEIGHT) * k;
  const revealWidth = revealYear === null ? innerWidth : Math.max(0, x(revealYear + 1));
  const activeTop =
    active === null
      ? null
      : Math.min(
          ...drawn
            .map((d) => d.series.points.find((p) => p.year === active))
            .filter((p) => p !== undefined)
            .map((p) => y(p.value)),
        );
  const targetInView = target !== null && target.value >= y.domain()[0]! && target.value <= y.domain()[1]!;

  // Static layers, memoized on what draws them: a pointer move re-renders only the active line, dots and tooltip.
  const seriesLayer = useMemo(
    () =>
      drawn.map((d, i) => (
        <g key={d.series.id} className="trade-chart__series" style={{ color: d.color }}>
          {paths[i]?.map((dPath, r) => (
            <path key={r} d={dPath} fill="none" stroke="currentColor" strokeDasharray={d.dash} className="trade-chart__line" />
          ))}
          {d.series.points.map((p) => (
            <circle
              key={p.year}
              cx={x(at(p))}
              cy={y(p.value)}
              r={pointRadius}
              className={isFlagged(p) ? "trade-chart__point trade-chart__point--flagged" : "trade-chart__point"}
            />
          ))}
        </g>
      )),
    [drawn, paths, x, y, pointRadius],
  );
  const activePoints =
    active === null
      ? null
      : drawn.map((d) => {
          const p = d.series.points.find((q) => q.year === active);
          return p ? (
            <g key={d.series.id} className="trade-chart__series" style={{ color: d.color }}>
              <circle
                cx={x(at(p))}
                cy={y(p.value)}
                r={activeRadius}
                className={isFlagged(p) ? "trade-chart__point trade-chart__point--flagged" : "trade-chart__point"}
              />
            </g>
          ) : null;
        });

  return (
    <ChartFrame
      className="trade-chart__frame"
      summary={summary}
      instructionsId={instructionsId}
      reading={{ order: years, active, onActive, onSelect }}
    >
      <ChartSvg ref={svgRef} width={width} height={height} className="trade-chart__svg">
        <defs>
          <clipPath id={clipId}>
            <rect
              x={-activeRadius}
              y={-margin.top}
              width={revealWidth + activeRadius}
              height={innerHeight + margin.top + activeRadius}
              className={reduceMotion ? undefined : "trade-chart__reveal"}
            />
          </clipPath>
        </defs>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <TradeAxes scales={scales} k={k} />
          {events.map((event) => {
            const ex = x(fractionalYear(event.date));
            return <line key={event.id} className="trade-chart__event-guide" x1={ex} x2={ex} y1={0} y2={innerHeight} />;
          })}
          {targetInView && target && (
            <g className="trade-chart__target" transform={`translate(0,${y(target.value)})`}>
              <line x2={innerWidth} />
              <text x={4} dy="-0.4em">
                {target.label}
              </text>
            </g>
          )}
          {focusYear !== null && focusYear >= range[0] && focusYear <= range[1] && (
            <FocusYearMarker
              x0={x(focusYear)}
              x1={x(focusYear + 1)}
              top={0}
              bottom={innerHeight}
              year={focusYear}
              mode="line"
              plotWidth={innerWidth}
            />
          )}
          <g clipPath={`url(#${clipId})`}>{seriesLayer}</g>
          {labelRoom > 0 && revealWidth >= innerWidth && (
            <LineEndLabels drawn={drawn} y={y} x={innerWidth + END_LABEL_GAP * k} k={k} bottom={innerHeight} />
          )}
          <rect
            className="trade-chart__overlay"
            width={innerWidth}
            height={innerHeight}
            onPointerMove={(e) => {
              if (e.pointerType === "mouse") onActive(yearAtPointer(e));
            }}
            onPointerLeave={(e) => {
              if (e.pointerType === "mouse") onActive(null);
            }}
            onPointerDown={(e) => {
              const year = yearAtPointer(e);
              if (year === null) return;
              onActive(year);
              onSelect(year);
            }}
          />
          <g className="trade-chart__events" transform={`translate(0,${innerHeight})`}>
            {events.map((event, i) => (
              <path
                key={event.id}
                transform={`translate(${eventXs[i]},${eventY(i)}) scale(${k})`}
                className={`trade-chart__event${event.level ? " trade-chart__event--level" : ""}${hoveredEvent?.id === event.id ? " is-active" : ""}`}
                d={EVENT_SHAPE}
              />
            ))}
          </g>
        </g>
      </ChartSvg>
      {/* The year being read is drawn on a layer of its own, over the chart: moving it repaints neither
          the series nor the axes (at 10,000 points, that repaint is what a hover would wait for). */}
      <ChartSvg width={width} height={height} className="trade-chart__reading">
        <g transform={`translate(${margin.left},${margin.top})`}>
          {active !== null && <line className="trade-chart__active" x1={x(active + 0.5)} x2={x(active + 0.5)} y1={0} y2={innerHeight} />}
          {activePoints}
        </g>
      </ChartSvg>
      <EventButtons
        events={events}
        position={(i) => ({ left: margin.left + (eventXs[i] ?? 0), top: margin.top + innerHeight + eventY(i) })}
        box={{ width, height }}
        onFocusEvent={onFocusEvent}
        onSelect={(event) => onSelect(Number(event.date.slice(0, 4)))}
      />
      {active !== null && activeTop !== null && Number.isFinite(activeTop) && (
        <Tooltip x={margin.left + x(active + 0.5)} y={margin.top + activeTop} bounds={{ width, height, left: margin.left }}>
          {renderTooltip(active)}
        </Tooltip>
      )}
      {hoveredEvent && (
        <Tooltip
          x={margin.left + x(fractionalYear(hoveredEvent.date))}
          y={margin.top + innerHeight + eventY(events.indexOf(hoveredEvent)) - 8 * k}
          bounds={{ width, height }}
        >
          <strong>{fmt.date(hoveredEvent.date, hoveredEvent.precision)}</strong>
          <br />
          {hoveredEvent.title}
        </Tooltip>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </ChartFrame>
  );
}
