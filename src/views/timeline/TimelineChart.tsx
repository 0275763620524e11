import { YearAxis } from "../../charts/ChartAxes";
import type { ChartBaseProps } from "../../charts/ChartFrame";
import { Fragment, useCallback, useId, useMemo, useState, type KeyboardEvent } from "react";
import { ChartSvg } from "../../charts/ChartSvg";
import { FocusYearMarker } from "../../charts/FocusYearMarker";
import { Tooltip } from "../../charts/Tooltip";
import { useLocale } from "../../lib/locale";
import type { TimelineEvent } from "../../data/schemas/timeline";
import { CATEGORY_STYLE, markerPath } from "./categoryStyle";
import { positionOf } from "../../lib/partialDate";
import { RING_GAP, SELECTED_SCALE, type LadderInput } from "./horizontalLayout";
import { useHorizontalLayout } from "./useHorizontalLayout";

interface Props extends ChartBaseProps {
  fontSize: number;
  fontFamily: string;
  /** The period shown (all years, or one era of the ladder). */
  domain: [number, number];
  today: number;
  levels: readonly LadderInput[];
  /** The secondary events inside the period, in date order. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
  /** The one event reachable by Tab; arrows move from there. */
  tabStopId: string | null;
  focusYear: number | null;
  /** The details card's id, which the selected marker controls. */
  /** The open card's id, which the selected event controls; none while no card is open. */
  cardId: string | undefined;
  /** Accessible name of an event's marker: date, title, category. */
  describe: (id: string) => string;
  /** The tooltip's text for an event: date, then title. */
  tooltip: (id: string) => { date: string; title: string } | null;
  todayLabel: string;
  onActivate: (id: string) => void;
  /** On a slide: the height the frame leaves the chart, which it fits (horizontalLayout's `fit`); otherwise it grows with its lanes. */
  fitHeight?: number | undefined;
}

/** Ends of the axis where a centred year label would run off the plot. */
const EDGE_LABEL = 20;
/** How far (in top margins) the focus-year band reaches above the plot, to hold its label. */
const BAND_OVERHANG = 0.35;
/** No text on a slide is smaller than this (the slide form's floor). */
const SLIDE_MIN_TEXT = 12;

/** The horizontal timeline: the ladder as a staircase over time, events as markers in lanes below. */
export function TimelineChart(props: Props) {
  const { width, fontSize, fontFamily, domain, today, levels, events, selectedId, tabStopId, focusYear, cardId } = props;
  const { describe, tooltip, todayLabel, summary, instructionsId, onActivate, svgRef, fitHeight } = props;
  const clipId = `timeline-clip-${useId().replace(/:/g, "")}`;
  const [hovered, setHovered] = useState<string | null>(null);
  const inputs = useMemo(
    () => events.map((e) => ({ id: e.id, time: positionOf(e.date, e.precision), title: e.title, major: Boolean(e.major) })),
    [events],
  );
  const { lang } = useLocale();
  const fit = fitHeight === undefined ? undefined : { height: fitHeight, minFont: SLIDE_MIN_TEXT };
  const layout = useHorizontalLayout({ width, fontSize, fontFamily, domain, today, levels, events: inputs, lang, fit });
  const { x, margin, innerWidth, ladder, band, axis, fonts } = layout;
  const axisYears = useMemo(() => axis.ticks.map((t) => new Date(t.time).getUTCFullYear()), [axis.ticks]);
  const yearX = useCallback((year: number) => x(Date.UTC(year, 0, 1)), [x]);
  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);

  const interactive = (id: string) => ({
    role: "button",
    tabIndex: id === tabStopId ? 0 : -1,
    "aria-label": describe(id),
    "aria-expanded": id === selectedId,
    "aria-controls": id === selectedId ? cardId : undefined,
    "data-event-id": id,
    onClick: () => onActivate(id),
    onKeyDown: (e: KeyboardEvent<SVGGElement>) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        onActivate(id);
      }
    },
    onMouseEnter: () => setHovered(id),
    onMouseLeave: () => setHovered((h) => (h === id ? null : h)),
    onFocus: () => setHovered(id),
    onBlur: () => setHovered((h) => (h === id ? null : h)),
  });

  const yearStart = focusYear === null ? null : x(Date.UTC(focusYear, 0, 1));
  const yearEnd = focusYear === null ? null : x(Date.UTC(focusYear + 1, 0, 1));
  const band0 = yearStart === null ? 0 : Math.max(0, yearStart);
  const band1 = yearEnd === null ? 0 : Math.min(innerWidth, yearEnd);
  const hoveredMarker = hovered === null || hovered === selectedId ? undefined : band.markers.find((m) => m.id === hovered);
  const tip = hoveredMarker ? tooltip(hoveredMarker.id) : null;

  return (
    <div className="timeline-chart">
      <ChartSvg
        ref={svgRef}
        className="timeline-chart__svg"
        width={width}
        height={layout.height}
        role="group"
        aria-label={summary}
        aria-describedby={instructionsId}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={0} y={-margin.top} width={innerWidth} height={layout.height} />
          </clipPath>
        </defs>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <g className="timeline-chart__grid" aria-hidden="true">
            {axis.ticks.map((t) => (
              <line key={t.time} x1={t.x} x2={t.x} y1={ladder.top} y2={axis.y} />
            ))}
          </g>
          {focusYear !== null && band1 > band0 && (
            <FocusYearMarker
              x0={band0}
              x1={band1}
              top={-margin.top * BAND_OVERHANG}
              bottom={axis.y}
              year={focusYear}
              mode="band"
              plotWidth={innerWidth}
              fontSize={fonts.tick}
            />
          )}

          <g clipPath={`url(#${clipId})`} aria-hidden="true">
            <path className="timeline-ladder__area" d={ladder.area} />
            <path className="timeline-ladder__line" d={ladder.path} />
          </g>
          <line className="timeline-ladder__ground" x1={0} x2={innerWidth} y1={ladder.ground} y2={ladder.ground} aria-hidden="true" />

          {ladder.steps.map((step) => {
            if (!step.visible) return null;
            const dotShown = step.x >= 0 && step.x <= innerWidth;
            // A sliver of tread at the edge of a zoomed period, too narrow to name: drawn by the path alone.
            if (!dotShown && !step.label) return null;
            const selected = step.eventId !== null && step.eventId === selectedId;
            const label = step.label;
            const left = label ? (label.anchor === "start" ? label.x : label.x - label.width) : step.x - band.markerRadius;
            const right = label ? left + label.width : step.x + band.markerRadius;
            const hitLeft = Math.max(0, Math.min(left, dotShown ? step.x - band.markerRadius : left));
            const hitRight = Math.min(innerWidth, Math.max(right, dotShown ? step.x + band.markerRadius : right));
            const top = label ? label.top : step.y - ladder.rowHeight / 2;
            const hit = {
              x: hitLeft - RING_GAP,
              y: top - RING_GAP,
              width: hitRight - hitLeft + 2 * RING_GAP,
              height: step.y - top + band.markerRadius + 2 * RING_GAP,
            };
            const content = (
              <>
                <rect className="timeline-step__hit" {...hit} rx={4} />
                {dotShown && (
                  <circle className="timeline-step__dot" cx={step.x} cy={step.y} r={ladder.dotRadius * (selected ? SELECTED_SCALE : 1)} />
                )}
                {label && (
                  <text className="timeline-step__label" x={label.x} textAnchor={label.anchor}>
                    {/* Spaces between the lines, so the text reads (and is named) as words, not run together. */}
                    {label.lines.map((line, i) => (
                      <Fragment key={i}>
                        <tspan
                          x={label.x}
                          y={label.top + fonts.level * (0.95 + i * fonts.lineHeight)}
                          fontSize={fonts.level}
                          fontWeight={700}
                        >
                          {line}
                        </tspan>{" "}
                      </Fragment>
                    ))}
                    {label.dateLine !== null && (
                      <tspan
                        className="timeline-step__date"
                        x={label.x}
                        y={label.top + fonts.level * (0.95 + label.lines.length * fonts.lineHeight)}
                        fontSize={fonts.date}
                      >
                        {label.dateLine}
                      </tspan>
                    )}
                  </text>
                )}
              </>
            );
            return step.eventId ? (
              <g key={step.id} className={`timeline-step${selected ? " is-selected" : ""}`} {...interactive(step.eventId)}>
                {content}
              </g>
            ) : (
              <g key={step.id} className="timeline-step" aria-hidden="true">
                {content}
              </g>
            );
          })}

          {band.markers.map((m) => {
            const event = byId.get(m.id);
            if (!event) return null;
            const category = event.category;
            const selected = m.id === selectedId;
            const inFocusYear = focusYear !== null && yearStart !== null && yearEnd !== null && m.x >= yearStart && m.x < yearEnd;
            const r = band.markerRadius * (selected ? SELECTED_SCALE : 1);
            return (
              <g
                key={m.id}
                className={`timeline-marker${selected ? " is-selected" : ""}${inFocusYear ? " is-focus-year" : ""}`}
                transform={`translate(${m.x},${m.y})`}
                {...interactive(m.id)}
              >
                <circle className="timeline-marker__hit" r={band.laneHeight / 2} />
                <circle className="timeline-marker__ring" r={band.markerRadius + RING_GAP} />
                <path className="timeline-marker__shape" d={markerPath(category, r)} fill={CATEGORY_STYLE[category].color} />
                {m.label && (
                  <text
                    className="timeline-marker__label"
                    x={m.label.side === "right" ? m.label.from - m.x : m.label.to - m.x}
                    textAnchor={m.label.side === "right" ? "start" : "end"}
                    dy="0.35em"
                    fontSize={fonts.label}
                  >
                    {event.title}
                  </text>
                )}
              </g>
            );
          })}

          <YearAxis
            years={axisYears}
            x={yearX}
            width={innerWidth}
            top={axis.y}
            labelY={fonts.tick * 1.45}
            fontSize={fonts.tick}
            edge={EDGE_LABEL}
            highlight={focusYear}
          >
            {axis.todayX !== null && (
              <g transform={`translate(${axis.todayX},0)`} className="timeline-chart__today">
                <line y1={-5} y2={5} />
                <text y={fonts.tick * 1.45} fontSize={fonts.tick} textAnchor="end">
                  {todayLabel}
                </text>
              </g>
            )}
          </YearAxis>
        </g>
      </ChartSvg>
      {hoveredMarker && tip && (
        <Tooltip
          x={margin.left + hoveredMarker.x}
          y={margin.top + hoveredMarker.y - band.laneHeight / 2}
          bounds={{ width, height: layout.height }}
        >
          <span className="timeline-tooltip__date">{tip.date}</span>
          <span className="timeline-tooltip__title">{tip.title}</span>
        </Tooltip>
      )}
    </div>
  );
}
