import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { ValueGrid, YearAxis } from "../../../../charts/ChartAxes";
import { ChartSvg } from "../../../../charts/ChartSvg";
import { drawBox, useElementSize } from "../../../../charts/useElementSize";
import { yearStepAtLeast, yearsOnStep } from "../../../../charts/yearTicks";
import { useLocale } from "../../../../lib/locale";
import { drawStroke, guessAxisMax, nudge, type Guess, type YearValue } from "./guess";

interface Props {
  /** The series, every year the data has; the years after `cutYear` are hidden until the reveal. */
  points: readonly YearValue[];
  cutYear: number;
  revealed: boolean;
  guess: Guess;
  onGuess: (guess: Map<number, number>) => void;
  /** The series' name, for its label once revealed ("China customs"). */
  seriesName: string;
  reduceMotion: boolean;
}

/** Margins at type scale 1; they grow with the type like the trade chart's. */
const MARGIN = { top: 20, right: 28, bottom: 40, left: 64 } as const;
const POINT_RADIUS = 4;
const PX_PER_YEAR_LABEL = 64;
/** ↑/↓ move a year's guess by this share of the axis; with Shift, five times as much. */
const NUDGE_SHARE = 1 / 50;

const valueAt = (p: YearValue) => p.value;

/**
 * "You draw it": the data up to a year, then an empty stretch where the class draws its guess of the line
 * — with a pointer or a finger (a drag sets every year it passes), or the keyboard (←/→ choose a year,
 * ↑/↓ set its value). Revealed, the real line is drawn beside the guess.
 */
export function GuessLine({ points, cutYear, revealed, guess, onGuess, seriesName, reduceMotion }: Props) {
  const { t, fmt } = useLocale();
  const [sizeRef, box] = useElementSize<HTMLDivElement>();
  // Always on a slide: before it is measured, drawn at the default slide box, filling its surface (drawBox).
  const { width, height, fill } = drawBox(box, true);
  const k = box.typeScale;
  const keysId = useId();
  const sorted = useMemo(() => [...points].sort((a, b) => a.year - b.year), [points]);
  const known = sorted.filter((p) => p.year <= cutYear);
  const hidden = sorted.filter((p) => p.year > cutYear);
  const start = known[known.length - 1];
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const firstHidden = hidden[0]?.year ?? cutYear + 1;
  const lastYear = last?.year ?? cutYear + 1;
  const maxValue = useMemo(() => guessAxisMax(sorted), [sorted]);
  const [focusYear, setFocusYear] = useState(firstHidden);
  const stroke = useRef<YearValue | null>(null);

  const margin = { top: MARGIN.top * k, right: MARGIN.right * k, bottom: MARGIN.bottom * k, left: MARGIN.left * k };
  const innerW = Math.max(1, width - margin.left - margin.right);
  const innerH = Math.max(1, height - margin.top - margin.bottom);
  const x = scaleLinear()
    .domain([first?.year ?? cutYear, lastYear])
    .range([0, innerW]);
  const y = scaleLinear().domain([0, maxValue]).range([innerH, 0]);
  const path = line<YearValue>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));
  const guessed: YearValue[] = [...guess].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
  const yearTicks = yearsOnStep(
    first?.year ?? cutYear,
    lastYear,
    yearStepAtLeast(((lastYear - (first?.year ?? cutYear)) * PX_PER_YEAR_LABEL * k) / innerW),
  );

  const bounds = { minYear: firstHidden, maxYear: lastYear, maxValue };
  const pointAt = (e: PointerEvent<SVGRectElement>): YearValue => {
    const box = e.currentTarget.getBoundingClientRect();
    const year = Math.round(x.invert(e.clientX - box.left + x(cutYear)));
    return { year: Math.min(lastYear, Math.max(firstHidden, year)), value: y.invert(e.clientY - box.top) };
  };
  const onPointerDown = (e: PointerEvent<SVGRectElement>) => {
    if (revealed) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const at = pointAt(e);
    stroke.current = at;
    setFocusYear(at.year);
    onGuess(drawStroke(guess, at, at, bounds));
  };
  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    if (revealed || !stroke.current) return;
    const at = pointAt(e);
    onGuess(drawStroke(guess, stroke.current, at, bounds));
    stroke.current = at;
    setFocusYear(at.year);
  };
  const endStroke = () => {
    stroke.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (revealed || e.altKey || e.ctrlKey || e.metaKey || !start) return;
    const step = maxValue * NUDGE_SHARE * (e.shiftKey ? 5 : 1);
    const moves: Record<string, () => void> = {
      ArrowLeft: () => setFocusYear((year) => Math.max(firstHidden, year - 1)),
      ArrowRight: () => setFocusYear((year) => Math.min(lastYear, year + 1)),
      Home: () => setFocusYear(firstHidden),
      End: () => setFocusYear(lastYear),
      ArrowUp: () => onGuess(nudge(guess, focusYear, step, start, maxValue)),
      ArrowDown: () => onGuess(nudge(guess, focusYear, -step, start, maxValue)),
    };
    const move = moves[e.key];
    if (!move) return;
    // Handled here, so the presentation does not also take the arrow as "next step".
    e.preventDefault();
    move();
  };

  const focusValue = guess.get(focusYear);
  const focusText =
    focusValue === undefined
      ? t("present.guess.yearEmpty", { year: focusYear })
      : t("present.guess.yearValue", { year: focusYear, value: fmt.usdCompact(focusValue) });
  const lastGuess = guessed[guessed.length - 1];
  // The two end labels sit on either side of the lines, the higher line's above, so neither covers the other.
  const actualAbove = !lastGuess || !last || last.value >= lastGuess.value;
  const labelY = (value: number, above: boolean) => y(value) + (above ? -12 * k : 28 * k);

  return (
    <div className="guess-line">
      <div
        className={fill ? "guess-line__surface slide-fill" : "guess-line__surface"}
        ref={sizeRef}
        tabIndex={revealed ? -1 : 0}
        role="group"
        aria-roledescription={t("present.guess.yours")}
        aria-label={t("present.guess.chart", { from: firstHidden, to: lastYear })}
        aria-describedby={keysId}
        onKeyDown={onKeyDown}
      >
        {width > 0 && height > 0 && start && (
          <ChartSvg width={width} height={height} className="guess-line__svg">
            <defs>
              <pattern id={`${keysId}-zone`} width={8 * k} height={8 * k} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line y2={8 * k} className="guess-line__hatch" />
              </pattern>
            </defs>
            <g transform={`translate(${margin.left},${margin.top})`}>
              <ValueGrid ticks={y.ticks(5)} y={y} width={innerW} format={fmt.usdCompact} gap={8 * k} />
              <YearAxis years={yearTicks} x={x} width={innerW} top={innerH} tickLength={5 * k} labelY={20 * k} edge={24 * k} />
              {!revealed && (
                <g className="guess-line__zone">
                  <rect x={x(cutYear)} width={innerW - x(cutYear)} height={innerH} fill={`url(#${keysId}-zone)`} />
                  {guessed.length === 0 && (
                    <text x={(x(cutYear) + innerW) / 2} y={innerH / 3} textAnchor="middle">
                      {t("present.guess.drawHere")}
                    </text>
                  )}
                </g>
              )}
              <path className="guess-line__known" d={path(known) ?? ""} />
              {known.map((p) => (
                <circle key={p.year} className="guess-line__point" cx={x(p.year)} cy={y(valueAt(p))} r={POINT_RADIUS * k} />
              ))}
              {revealed && (
                <g className={reduceMotion ? "guess-line__actual" : "guess-line__actual is-drawing"}>
                  <path d={path([start, ...hidden]) ?? ""} pathLength={1} />
                  {hidden.map((p) => (
                    <circle key={p.year} className="guess-line__point" cx={x(p.year)} cy={y(p.value)} r={POINT_RADIUS * k} />
                  ))}
                  {last && (
                    <text x={x(last.year) - 8 * k} y={labelY(last.value, actualAbove)} textAnchor="end" className="guess-line__label">
                      {t("present.guess.label", { series: seriesName, value: fmt.usdCompact(last.value) })}
                    </text>
                  )}
                </g>
              )}
              {guessed.length > 0 && (
                <g className="guess-line__guess">
                  <path d={path([start, ...guessed]) ?? ""} />
                  {guessed.map((p) => (
                    <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r={POINT_RADIUS * k} />
                  ))}
                  {lastGuess && (
                    <text
                      x={x(lastGuess.year) - 8 * k}
                      y={labelY(lastGuess.value, !revealed || !actualAbove)}
                      textAnchor="end"
                      className="guess-line__label guess-line__label--guess"
                    >
                      {t("present.guess.label", { series: t("present.guess.yours"), value: fmt.usdCompact(lastGuess.value) })}
                    </text>
                  )}
                </g>
              )}
              {!revealed && (
                <line className="guess-line__focus" x1={x(focusYear)} x2={x(focusYear)} y1={0} y2={innerH} aria-hidden="true" />
              )}
              {!revealed && (
                <rect
                  className="guess-line__input"
                  x={x(cutYear)}
                  width={innerW - x(cutYear)}
                  height={innerH}
                  onPointerDown={onPointerDown}
                  onPointerMove={onPointerMove}
                  onPointerUp={endStroke}
                  onPointerCancel={endStroke}
                />
              )}
            </g>
          </ChartSvg>
        )}
      </div>
      <p id={keysId} className="guess-line__keys" hidden={revealed}>
        {t("present.guess.keys")}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {revealed ? "" : focusText}
      </p>
    </div>
  );
}
