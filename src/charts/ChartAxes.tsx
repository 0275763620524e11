import { memo, type ReactNode } from "react";
import "./charts.css";

interface ValueGridProps {
  ticks: readonly number[];
  /** Value → y inside the plot. */
  y: (value: number) => number;
  /** The plot's width: each grid line spans it. */
  width: number;
  format: (value: number) => string;
  /** Room between a value's label and the plot (px). */
  gap?: number;
  className?: string;
}

/**
 * The value grid of a chart: a line across the plot at each tick, its value to the left. Memoized: a
 * pointer moving over the chart never re-renders it (give it stable scales).
 */
export const ValueGrid = memo(function ValueGrid({ ticks, y, width, format, gap = 8, className }: ValueGridProps) {
  return (
    <g className={className ? `chart-grid ${className}` : "chart-grid"} aria-hidden="true">
      {ticks.map((v) => (
        <g key={v} transform={`translate(0,${y(v)})`}>
          <line x2={width} />
          <text x={-gap} dy="0.32em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
    </g>
  );
});

interface YearAxisProps {
  /** The years labelled (yearTicks.ts picks ones that fit). */
  years: readonly number[];
  /** Year → x of its label's centre. */
  x: (year: number) => number;
  /** The plot's width and the axis's y (its bottom). */
  width: number;
  top: number;
  /** A tick under each labelled year, and the labels' baseline below the axis (px). */
  tickLength?: number;
  labelY?: number;
  /** The labels' size in px, where the chart sets its own (the timeline); otherwise the drawing's. */
  fontSize?: number;
  /** Labels this close to either end of the axis are anchored inward, so they never run off the plot. */
  edge?: number;
  /** A year drawn in the focus colour (the focus year). */
  highlight?: number | null;
  /** Marks of the chart's own on the axis (the timeline's "today"). */
  children?: ReactNode;
}

const anchorAt = (x: number, width: number, edge: number) => (x < edge ? "start" : x > width - edge ? "end" : "middle");

/** The year axis under a chart: a baseline, and a label (with a tick, if asked) at each year that fits. Memoized like the grid. */
export const YearAxis = memo(function YearAxis(props: YearAxisProps) {
  const { years, x, width, top, tickLength = 5, labelY = 20, fontSize, edge = 0, highlight = null, children } = props;
  return (
    <g className="chart-axis" aria-hidden="true" transform={`translate(0,${top})`}>
      <line x2={width} />
      {years.map((year) => (
        <g key={year} transform={`translate(${x(year)},0)`}>
          {tickLength > 0 && <line y2={tickLength} />}
          <text
            y={labelY}
            fontSize={fontSize}
            textAnchor={anchorAt(x(year), width, edge)}
            className={year === highlight ? "is-focus-year" : undefined}
          >
            {year}
          </text>
        </g>
      ))}
      {children}
    </g>
  );
});
