import { memo } from "react";
import { useLocale } from "../../lib/locale";
import type { TradeScales } from "./tradeScales";

/** Room between the value labels and the plot, and the year ticks' length and labels' baseline (px). */
const VALUE_LABEL_GAP = 8;
const TICK_LENGTH = 5;
const YEAR_LABEL_Y = 20;

/**
 * The value grid and the year axis: a static layer, memoized on the scales, so a pointer moving over
 * the chart never re-renders it.
 */
export const TradeAxes = memo(function TradeAxes({ scales }: { scales: TradeScales }) {
  const { fmt } = useLocale();
  const { x, y, innerWidth, innerHeight } = scales;
  return (
    <>
      <g className="trade-chart__grid">
        {scales.valueTicks.map((v) => (
          <g key={v} transform={`translate(0,${y(v)})`}>
            <line x2={innerWidth} />
            <text x={-VALUE_LABEL_GAP} dy="0.32em" textAnchor="end">
              {fmt.usdCompact(v)}
            </text>
          </g>
        ))}
      </g>
      <g className="trade-chart__axis" transform={`translate(0,${innerHeight})`}>
        <line x2={innerWidth} />
        {scales.yearTicks.map((year) => (
          <g key={year} transform={`translate(${x(year + 0.5)},0)`}>
            <line y2={TICK_LENGTH} />
            <text y={YEAR_LABEL_Y} textAnchor="middle">
              {year}
            </text>
          </g>
        ))}
      </g>
    </>
  );
});
