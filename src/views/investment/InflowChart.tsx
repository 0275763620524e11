import { useId, type ReactNode } from "react";
import { ChartSvg } from "../../charts/ChartSvg";
import { ValueGrid, YearAxis } from "../../charts/ChartAxes";
import { ChartFrame, type ChartBaseProps } from "../../charts/ChartFrame";
import { FocusYearMarker } from "../../charts/FocusYearMarker";
import { Tooltip } from "../../charts/Tooltip";
import { useTextMeasure } from "../../charts/useTextMeasure";
import type { InvestmentFile } from "../../data/schemas/investment";
import { useLocale } from "../../lib/locale";
import { yearTicks as yearLabels } from "../../charts/yearTicks";
import { amountAxis, fraction } from "./amounts";

type Inflow = InvestmentFile["inflows"][number];

const MARGIN = { top: 22, right: 10, bottom: 50, left: 50 };
const HEIGHT = 230;
const BAR_SHARE = 0.72;
/** Between a value label and the plot. */
const VALUE_GAP = 6;
/** Bars narrower than this get no value label above them (the list under the chart has the values). */
const MIN_LABELLED_STEP = 34;
/** A hatched run of missing years gets its "no figure" label only if this wide. */
const MIN_GAP_LABEL = 64;
const YEAR_LABEL_SPACING = 44;
/** Text and height grow with the page's type (a big screen, the projector theme), up to this; on a slide, without limit. */
const MAX_SCALE = 1.5;
const FONT_SIZE = 12;
/** On a slide the text is never smaller than this (px), whatever the frame. */
const MIN_SLIDE_FONT = 12;
/** The smallest visible bar, so a $5M year is not mistaken for a missing one. */
const MIN_BAR = 2;

interface Props extends ChartBaseProps {
  inflows: readonly Inflow[];
  years: [number, number];
  gaps: readonly [number, number][];
  tallyPeriod: [number, number];
  tallyLabel: string;
  focusYear: number | null;
  active: number | null;
  onActive: (year: number | null) => void;
  /** Enter, or a tap on a bar: the year becomes the focus year of every view. */
  onSelect: (year: number) => void;
  /** The page's type scale (typeScale.ts). */
  typeScale: number;
  /** On a slide, the height the frame leaves the chart; otherwise the height follows the type scale. */
  fitHeight?: number;
  renderTooltip: (inflow: Inflow) => ReactNode;
}

/**
 * Yearly gross inflows on a time axis: missing years are hatched and labelled, never drawn as zero.
 * Read bar by bar with the pointer (hover, or tap to pin) or the keyboard (←/→, Home/End, Page Up/Down),
 * with a tooltip; Enter or a tap makes the year the focus year.
 */
export function InflowChart(props: Props) {
  const { inflows, years, gaps, tallyPeriod, tallyLabel, focusYear, active, onActive, onSelect, width, typeScale, fitHeight, summary } =
    props;
  const { instructionsId, renderTooltip, svgRef, fontFamily } = props;
  const measure = useTextMeasure(fontFamily);
  const { t, fmt } = useLocale();
  const hatchId = useId();
  const derivedId = useId();
  // On a slide the frame sets the height, so the type can follow the page all the way (a projector's /present).
  const k = fitHeight === undefined ? Math.min(MAX_SCALE, typeScale) : typeScale;
  const height = fitHeight ?? HEIGHT * k;
  const fontSize = fitHeight === undefined ? FONT_SIZE * k : Math.max(MIN_SLIDE_FONT, FONT_SIZE * k);
  const axis = amountAxis(Math.max(0, ...inflows.map((i) => i.value)), 4);
  // Room at the left for the longest value label ("1,5 млрд $" is longer than "$1.5B").
  const axisRoom = Math.max(0, ...axis.ticks.map((v) => measure(fmt.usdCompact(v), fontSize))) + VALUE_GAP * k + 2;
  const margin = { top: MARGIN.top * k, right: MARGIN.right * k, bottom: MARGIN.bottom * k, left: Math.max(MARGIN.left * k, axisRoom) };
  const innerW = Math.max(0, width - margin.left - margin.right);
  const innerH = Math.max(0, height - margin.top - margin.bottom);
  const [from, to] = years;
  const step = innerW / (to - from + 1);
  const left = (year: number) => (year - from) * step;
  const center = (year: number) => left(year) + step / 2;
  const y = (v: number) => innerH - fraction(v, axis.max) * innerH;
  const barW = Math.max(1, step * BAR_SHARE);
  const yearTicks = yearLabels(from, to, Math.max(2, Math.floor(innerW / (YEAR_LABEL_SPACING * k))));
  const bracketY = innerH + 34 * k;
  // The bracket's label is centred under it, but kept within the drawing, which may be narrower (a phone).
  const tallyHalf = measure(tallyLabel, fontSize) / 2;
  const tallyX = Math.min(
    Math.max((left(tallyPeriod[0]) + left(tallyPeriod[1] + 1)) / 2, tallyHalf - margin.left),
    innerW + margin.right - tallyHalf,
  );
  const order = inflows.map((i) => i.year);
  const activeInflow = inflows.find((i) => i.year === active) ?? null;

  return (
    <ChartFrame
      className="investment-inflows__chart"
      summary={summary}
      instructionsId={instructionsId}
      reading={{ order, active, onActive, onSelect }}
    >
      <ChartSvg ref={svgRef} className="investment-inflows__svg" width={width} height={height} fontSize={fontSize}>
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line y2="6" className="investment-inflows__hatch-line" />
          </pattern>
          <pattern id={derivedId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
            <rect width="5" height="5" className="investment-inflows__derived-bg" />
            <line y2="5" className="investment-inflows__derived-line" />
          </pattern>
        </defs>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <ValueGrid ticks={axis.ticks} y={y} width={innerW} format={fmt.usdCompact} gap={VALUE_GAP * k} />
          {gaps.map(([a, b]) => {
            const w = left(b + 1) - left(a);
            return (
              <g key={a} className="investment-inflows__gap">
                <rect x={left(a)} width={w} height={innerH} fill={`url(#${hatchId})`} />
                {w >= MIN_GAP_LABEL * k && (
                  <text x={left(a) + w / 2} y={innerH / 2} textAnchor="middle" dy="0.32em">
                    {t("investment.inflows.gap")}
                  </text>
                )}
              </g>
            );
          })}
          {inflows.map((inflow) => {
            const top = Math.min(y(inflow.value), innerH - MIN_BAR);
            const derived = inflow.confidence === "derived" || inflow.confidence === "unverified";
            return (
              <g
                key={inflow.year}
                className={`investment-inflows__bar${active === inflow.year ? " is-active" : ""}`}
                onPointerEnter={(e) => {
                  if (e.pointerType === "mouse") onActive(inflow.year);
                }}
                onPointerLeave={(e) => {
                  if (e.pointerType === "mouse") onActive(null);
                }}
                onPointerDown={() => {
                  onActive(inflow.year);
                  onSelect(inflow.year);
                }}
              >
                <rect className="investment-inflows__hit" x={left(inflow.year)} width={step} height={innerH} />
                <rect
                  className={derived ? "investment-inflows__value is-derived" : "investment-inflows__value"}
                  x={center(inflow.year) - barW / 2}
                  y={top}
                  width={barW}
                  height={innerH - top}
                  // Inline, so it wins over the stylesheet's solid fill.
                  style={derived ? { fill: `url(#${derivedId})` } : undefined}
                />
                {step >= MIN_LABELLED_STEP * k && (
                  <text className="investment-inflows__label" x={center(inflow.year)} y={top - 5 * k} textAnchor="middle">
                    {fmt.usdCompact(inflow.value)}
                  </text>
                )}
              </g>
            );
          })}
          <YearAxis years={yearTicks} x={center} width={innerW} top={innerH} tickLength={0} labelY={16 * k} />
          <g className="investment-inflows__bracket">
            <path d={`M${left(tallyPeriod[0])},${bracketY - 5 * k}V${bracketY}H${left(tallyPeriod[1] + 1)}V${bracketY - 5 * k}`} />
            <text x={tallyX} y={bracketY + 13 * k} textAnchor="middle">
              {tallyLabel}
            </text>
          </g>
          {focusYear !== null && focusYear >= from && focusYear <= to && (
            <FocusYearMarker
              x0={left(focusYear)}
              x1={left(focusYear + 1)}
              top={-4 * k}
              bottom={innerH}
              year={focusYear}
              mode="line"
              plotWidth={innerW}
            />
          )}
        </g>
      </ChartSvg>
      {activeInflow && (
        <Tooltip
          x={margin.left + center(activeInflow.year)}
          y={margin.top + Math.min(y(activeInflow.value), innerH - MIN_BAR)}
          bounds={{ width, height, left: margin.left }}
        >
          {renderTooltip(activeInflow)}
        </Tooltip>
      )}
    </ChartFrame>
  );
}
