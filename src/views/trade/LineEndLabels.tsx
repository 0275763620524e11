import type { ScaleContinuousNumeric } from "d3-scale";
import { dodge, END_LABEL_FONT, END_LABEL_HEIGHT } from "./lineLabels";
import type { DrawnSeries } from "./TradeChart";

interface Props {
  drawn: readonly DrawnSeries[];
  y: ScaleContinuousNumeric<number, number>;
  /** Where the labels start, right of the plot. */
  x: number;
  k: number;
  /** The plot's height: labels stay within it. */
  bottom: number;
}

/**
 * Each line's name beside its last value, in the line's colour: the reporter, and under it the flow.
 * Lines that end close together have their labels moved apart; the legend says the same for screen
 * readers, so the labels are hidden from them.
 */
export function LineEndLabels({ drawn, y, x, k, bottom }: Props) {
  const ends = drawn.map((d) => d.series.points.at(-1));
  const lineHeight = END_LABEL_FONT * 1.15 * k;
  // A label's first line sits half a line above its line's end, its second half a line below.
  const placed = dodge(
    ends.map((p) => (p ? y(p.value) : 0)),
    END_LABEL_HEIGHT * k,
    lineHeight / 2,
    bottom - lineHeight / 2,
  );
  return (
    <g className="trade-chart__end-labels" aria-hidden="true" fontSize={END_LABEL_FONT * k}>
      {drawn.map((d, i) =>
        ends[i] ? (
          <text key={d.series.id} x={x} y={placed[i]} style={{ color: d.color }}>
            <tspan className="trade-chart__end-reporter" dy={-lineHeight / 2 + 0.35 * END_LABEL_FONT * k}>
              {d.endLabel.reporter}
            </tspan>
            <tspan className="trade-chart__end-flow" x={x} dy={lineHeight}>
              {d.endLabel.flow}
            </tspan>
          </text>
        ) : null,
      )}
    </g>
  );
}
