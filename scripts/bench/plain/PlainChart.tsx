// The benchmark's reference: the least a React + d3 line chart does for a hover. The lines are drawn once
// (memoized); a pointer move only moves one dot.
import { max } from "d3-array";
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { memo, useMemo, useState } from "react";

interface Point {
  year: number;
  value: number;
}
export interface Series {
  id: string;
  points: Point[];
}

const HEIGHT = 620;
const MARGIN = { top: 18, right: 18, bottom: 30, left: 60 };
const DOT_RADIUS = 5;
const yearOf = (p: Point) => p.year;
const valueOf = (p: Point) => p.value;

const Lines = memo(function Lines({ series, x, y }: { series: Series[]; x: ScaleLinear<number, number>; y: ScaleLinear<number, number> }) {
  const path = line<Point>()
    .x((p) => x(yearOf(p) + 0.5))
    .y((p) => y(valueOf(p)));
  return (
    <g fill="none" stroke="steelblue" strokeWidth={1}>
      {series.map((s) => (
        <path key={s.id} d={path(s.points) ?? ""} />
      ))}
    </g>
  );
});

/** Lines drawn once; a hover moves one dot. */
export function PlainChart({ series, width }: { series: Series[]; width: number }) {
  const [active, setActive] = useState<number | null>(null);
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const { x, y, from, to } = useMemo(() => {
    const years = series.flatMap((s) => s.points.map(yearOf));
    const from = Math.min(...years);
    const to = Math.max(...years);
    const x = scaleLinear()
      .domain([from, to + 1])
      .range([0, innerWidth]);
    const y = scaleLinear()
      .domain([0, max(series, (s) => max(s.points, valueOf)) ?? 1])
      .range([innerHeight, 0])
      .nice();
    return { x, y, from, to };
  }, [series, innerWidth, innerHeight]);
  const top = active === null ? null : max(series, (s) => s.points.find((p) => p.year === active)?.value);
  return (
    <svg width={width} height={HEIGHT}>
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <Lines series={series} x={x} y={y} />
        {active !== null && top !== undefined && top !== null && <circle cx={x(active + 0.5)} cy={y(top)} r={DOT_RADIUS} fill="black" />}
        <rect
          className="plain-overlay"
          width={innerWidth}
          height={innerHeight}
          fill="transparent"
          onPointerMove={(e) => {
            const box = e.currentTarget.getBoundingClientRect();
            const year = Math.round(x.invert(e.clientX - box.left) - 0.5);
            setActive(Math.min(to, Math.max(from, year)));
          }}
          onPointerLeave={() => setActive(null)}
        />
      </g>
    </svg>
  );
}
