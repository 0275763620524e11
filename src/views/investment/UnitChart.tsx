import { useMemo, useState } from "react";
import { ChartSvg } from "../../charts/ChartSvg";
import { ChartFrame, type ChartBaseProps } from "../../charts/ChartFrame";
import { Tooltip } from "../../charts/Tooltip";
import { heightPieces, heightPiecesCss } from "../../charts/fluidHeight";
import type { Sector } from "../../data/schemas/investment";
import { useLocale } from "../../lib/locale";
import { columnX, UNIT_GROUP, UNIT_MILLIONS, UNIT_ROWS, unitSquares, type UnitSegment } from "./units";
import { sectorColor } from "./sectorColor";
import { FONT_SIZE, GROUP_GAP, roomyWidth, tickStep, unitChartLayout } from "./unitChartLayout";

export interface UnitBlock {
  id: string;
  /** Drawn above the squares, e.g. "$25.3B, 2005–2023: 253 squares". */
  label: string;
  segments: UnitSegment[];
}

export interface LegendItem {
  sector: Sector | null;
  label: string;
}

interface Props extends ChartBaseProps {
  blocks: readonly UnitBlock[];
  legend: readonly LegendItem[];
  /** The sectors the view's filter shows, while it hides any: the other sectors' squares are dimmed. */
  selected: ReadonlySet<Sector> | null;
  /**
   * Before its frame is measured (the prerendered page): the drawing, made at the default width, takes the height
   * the measured chart will have at the frame's width, by a container query (fluidHeight.ts).
   */
  fluid?: boolean;
}

/** A run of squares: one sector's share of one block, the unit the chart is read by. */
const segmentKey = (blockId: string, sector: Sector | null) => `${blockId}:${sector ?? "unattributed"}`;

/** One square per $100M, in columns of ten ($1B) and groups of five columns ($5B). */
export function UnitChart({ blocks, legend, selected, width, summary, instructionsId, svgRef, fluid = false }: Props) {
  const { t, tn, fmt, lang } = useLocale();
  /** The segment being read, by hover, tap or keyboard: its squares are outlined and a tooltip names it. */
  const [active, setActive] = useState<string | null>(null);
  const legendLabels = useMemo(() => legend.map((item) => item.label), [legend]);
  const layout = unitChartLayout(blocks, legendLabels, width, lang);
  const { columns, pitch, lefts, side, k, labelLine, tickHeight, swatch } = layout;
  const { lines, labelHeights, sharedLabel, square, stackedTop, legendLines, legendLine, legendAt, height } = layout;
  const colorOf = new Map(legend.map((item, i) => [item.sector, item.sector === null ? "var(--investment-unattributed)" : sectorColor(i)]));
  // The picked sectors stand out within the blocks that have one; other blocks (the tally) stay as they are.
  const has = (segments: readonly UnitSegment[]) => selected !== null && segments.some((s) => s.sector !== null && selected.has(s.sector));
  const dimmed = (sector: Sector | null, within: boolean) => within && (sector === null || !selected?.has(sector));
  const anyHas = has(blocks.flatMap((b) => b.segments));
  const groupValue = UNIT_GROUP * UNIT_ROWS * UNIT_MILLIONS;
  const tickText = (g: number) => fmt.usdCompact((g + 1) * groupValue);
  // Every group's total where there is room for it; every second or fifth where the words are long ("5 млрд $").
  const groups = Math.max(0, ...columns.map((c) => Math.floor(c / UNIT_GROUP)));
  const step = tickStep(
    columnX(2 * UNIT_GROUP, pitch, GROUP_GAP) - columnX(UNIT_GROUP, pitch, GROUP_GAP),
    Math.max(0, ...Array.from({ length: groups }, (_, g) => roomyWidth(tickText(g), FONT_SIZE * k))),
    6 * k,
  );

  // Every segment in reading order, with where its first square is, for the tooltip.
  const segments = blocks.flatMap((block, i) => {
    const squares = unitSquares(block.segments);
    return block.segments.map((segment) => {
      const first = squares.findIndex((q) => q.sector === segment.sector);
      const cell = squares[first] ?? { column: 0, row: 0 };
      const labelHeight = side ? sharedLabel : (labelHeights[i] ?? sharedLabel);
      return {
        key: segmentKey(block.id, segment.sector),
        block,
        segment,
        x: (lefts[i] ?? 0) + columnX(cell.column, pitch, GROUP_GAP) + square / 2,
        y: (side ? 0 : stackedTop(i)) + labelHeight + cell.row * pitch,
      };
    });
  });
  const reading = segments.find((s) => s.key === active) ?? null;
  const describe = (s: (typeof segments)[number]) =>
    t("investment.units.segment", {
      block: s.block.label,
      sector: s.segment.sector === null ? t("investment.units.unattributed") : t(`investment.sector.${s.segment.sector}`),
      value: s.segment.value === null ? t("investment.units.restValue") : fmt.usdCompact(s.segment.value),
      squares: tn("investment.units.squares", s.segment.units),
    });

  return (
    <ChartFrame
      className="investment-units__chart"
      summary={summary}
      instructionsId={instructionsId}
      reading={{ order: segments.map((s) => s.key), active, onActive: setActive }}
      leaveWithPointer
    >
      {fluid && <FluidHeight blocks={blocks} legendLabels={legendLabels} lang={lang} />}
      <ChartSvg
        ref={svgRef}
        className={fluid ? "investment-units__svg investment-units__svg--fluid" : "investment-units__svg"}
        width={width}
        height={height}
        fontSize={FONT_SIZE * k}
      >
        {blocks.map((block, i) => {
          const cols = columns[i] ?? 0;
          const picked = has(block.segments);
          const labelHeight = side ? sharedLabel : (labelHeights[i] ?? sharedLabel);
          return (
            <g key={block.id} transform={`translate(${lefts[i] ?? 0},${side ? 0 : stackedTop(i)})`}>
              <text className="investment-units__label" y={labelLine - 4}>
                {(lines[i] ?? [block.label]).map((line, n) => (
                  <tspan key={n} x={0} dy={n === 0 ? 0 : labelLine}>
                    {line}
                  </tspan>
                ))}
              </text>
              {unitSquares(block.segments).map(({ sector, column, row }, index) => {
                const key = segmentKey(block.id, sector);
                const classes = [dimmed(sector, picked) && "investment-units__dim", key === active && "is-active"].filter(Boolean);
                return (
                  <rect
                    key={index}
                    x={columnX(column, pitch, GROUP_GAP)}
                    y={labelHeight + row * pitch}
                    width={square}
                    height={square}
                    rx={square > 8 ? 2 : 1}
                    fill={colorOf.get(sector)}
                    className={classes.length > 0 ? classes.join(" ") : undefined}
                    onPointerEnter={(e) => {
                      if (e.pointerType === "mouse") setActive(key);
                    }}
                    onPointerDown={() => setActive(key)}
                  />
                );
              })}
              {Array.from({ length: Math.floor(cols / UNIT_GROUP) }, (_, g) => g)
                .filter((g) => (g + 1) % step === 0)
                .map((g) => (
                  <text
                    key={g}
                    className="investment-units__tick"
                    x={columnX((g + 1) * UNIT_GROUP - 1, pitch, GROUP_GAP) + square}
                    y={labelHeight + UNIT_ROWS * pitch + tickHeight - 6}
                    textAnchor="end"
                  >
                    {tickText(g)}
                  </text>
                ))}
            </g>
          );
        })}
        {legend.map((item, i) => {
          const at = legendAt(i);
          return (
            <g key={item.sector ?? "unattributed"} transform={`translate(${at.x},${at.y})`}>
              <rect
                width={swatch}
                height={swatch}
                y={2}
                rx={2}
                fill={colorOf.get(item.sector)}
                className={dimmed(item.sector, anyHas) ? "investment-units__dim" : undefined}
              />
              {/* Dimmed labels stay readable: muted, not faded. */}
              <text className={`investment-units__legend${dimmed(item.sector, anyHas) ? " is-muted" : ""}`} y={swatch}>
                {(legendLines[i] ?? [item.label]).map((line, n) => (
                  <tspan key={n} x={swatch + 6} dy={n === 0 ? 0 : legendLine}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </ChartSvg>
      {reading && (
        <Tooltip x={reading.x} y={reading.y} bounds={{ width, height }}>
          {describe(reading)}
        </Tooltip>
      )}
      <p className="visually-hidden" aria-live="polite">
        {reading ? describe(reading) : ""}
      </p>
    </ChartFrame>
  );
}

/**
 * The chart's height at every width its frame may have, as CSS: see `fluid`. Worked out on the server only, where it
 * costs the build 1,161 layouts; the browser keeps the rules it hydrates (React leaves inner HTML as the server wrote
 * it), and a chart mounted in the browser is measured before it is first painted, so it needs none.
 */
function FluidHeight({ blocks, legendLabels, lang }: { blocks: readonly UnitBlock[]; legendLabels: readonly string[]; lang: string }) {
  const css = import.meta.env.SSR
    ? heightPiecesCss(
        "investment-units",
        ".investment-units__svg--fluid",
        heightPieces((w) => unitChartLayout(blocks, legendLabels, w, lang).height),
      )
    : "";
  return <style suppressHydrationWarning dangerouslySetInnerHTML={{ __html: css }} />;
}
