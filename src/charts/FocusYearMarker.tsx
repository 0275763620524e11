import "./charts.css";

interface Props {
  /** The year's left and right edges on the chart's x axis; a line is drawn at their middle. */
  x0: number;
  x1: number;
  /** Top and bottom of the marker in the chart's inner coordinates. */
  top: number;
  bottom: number;
  year: number;
  /** A dashed line for a chart of yearly points or bars, a band for a time axis of dated events. */
  mode: "line" | "band";
  /** The plot's width, so the label stays inside it near either edge. */
  plotWidth: number;
  fontSize?: number;
}

/** Room (px) between the marker's top and its label. */
const LABEL_GAP = 6;

/** The focus year on a chart: the same mark and label in every view. */
export function FocusYearMarker({ x0, x1, top, bottom, year, mode, plotWidth, fontSize }: Props) {
  const middle = (x0 + x1) / 2;
  const anchor = middle < plotWidth * 0.08 ? "start" : middle > plotWidth * 0.92 ? "end" : "middle";
  const labelX = anchor === "start" ? Math.min(x0, middle) : anchor === "end" ? Math.max(x1, middle) : middle;
  return (
    <g className={`chart-focus chart-focus--${mode}`} aria-hidden="true">
      {mode === "band" ? (
        <rect x={x0} y={top} width={Math.max(1, x1 - x0)} height={bottom - top} />
      ) : (
        <line x1={middle} x2={middle} y1={top} y2={bottom} />
      )}
      <text x={labelX} y={top - LABEL_GAP} textAnchor={anchor} fontSize={fontSize}>
        {year}
      </text>
    </g>
  );
}
