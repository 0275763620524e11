import { memo } from "react";
import { ValueGrid, YearAxis } from "../../charts/ChartAxes";
import { useLocale } from "../../lib/locale";
import type { TradeScales } from "./tradeScales";

/** A year's value sits mid-year, so its label does too. */
const midYear = (x: TradeScales["x"]) => (year: number) => x(year + 0.5);

/**
 * The value grid and the year axis: a static layer, memoized on the scales, so a pointer moving over
 * the chart never re-renders it.
 */
export const TradeAxes = memo(function TradeAxes({ scales, k = 1 }: { scales: TradeScales; k?: number }) {
  const { fmt } = useLocale();
  const { x, y, innerWidth, innerHeight } = scales;
  return (
    <>
      <ValueGrid className="trade-chart__grid" ticks={scales.valueTicks} y={y} width={innerWidth} format={fmt.usdCompact} gap={8 * k} />
      <YearAxis years={scales.yearTicks} x={midYear(x)} width={innerWidth} top={innerHeight} tickLength={5 * k} labelY={20 * k} />
    </>
  );
});
