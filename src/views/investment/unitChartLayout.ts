import { estimateWidth, type Measure } from "../../lib/textWidth";
import { wrapText } from "../../lib/wrapText";
import { blockWidth, layoutBlocks, UNIT_ROWS, unitColumns } from "./units";
import type { UnitBlock } from "./UnitChart";

/** Largest square pitch (square + gap), so a wide embed does not turn into a wall of tiles. */
const MAX_PITCH = 36;
/** Squares grow up to MAX_PITCH on wide screens (a projector); the text grows with them from this pitch on. */
const TEXT_PITCH = 22;
const MAX_TEXT_SCALE = 1.6;
export const FONT_SIZE = 12.5;
/** Below this pitch the blocks are stacked rather than set side by side. */
const MIN_SIDE_PITCH = 14;
export const GROUP_GAP = 6;
const BLOCK_GAP = 36;
/** One line of a block's label; its bold text is 1.06 × FONT_SIZE (investment.css). */
const LABEL_LINE = 17;
const LABEL_FONT = FONT_SIZE * 1.06;
const LABEL_PAD = 7;
const TICK_HEIGHT = 20;
const STACK_GAP = 16;
/** The narrowest legend column; a longer label (Russian, Kazakh) widens every column to fit it. */
const LEGEND_ITEM_WIDTH = 250;
const LEGEND_ITEM_GAP = 16;
const LEGEND_ROW = 22;
const SWATCH = 13;

/** Wider than the estimate, as the widest common fonts (DejaVu Sans Bold) set Cyrillic: a label laid out by it fits. */
const ROOM = 1.15;
/**
 * The chart's text is laid out by an estimate, not by the page's font: its height then comes out the same on the
 * server, before the font is known, and in the browser, so the page does not move as it hydrates.
 */
export const roomyWidth: Measure = (text, fontSize, bold) => estimateWidth(text, fontSize, bold) * ROOM;

/**
 * The unit chart's geometry at `width` pixels: where each block, square and legend row goes, and the height it
 * all takes, its text measured by `measure`. Pure, so the prerendered page can ask it the height at any width
 * (fluidHeight.ts).
 */
export function unitChartLayout(
  blocks: readonly UnitBlock[],
  legendLabels: readonly string[],
  width: number,
  lang: string,
  measure: Measure = roomyWidth,
) {
  const legendCount = legendLabels.length;
  const columns = blocks.map((b) => unitColumns(b.segments.reduce((n, s) => n + s.units, 0)));
  const { pitch, lefts, side } = layoutBlocks(columns, width, {
    maxPitch: MAX_PITCH,
    minSidePitch: MIN_SIDE_PITCH,
    groupGap: GROUP_GAP,
    blockGap: BLOCK_GAP,
  });
  const k = Math.min(MAX_TEXT_SCALE, Math.max(1, pitch / TEXT_PITCH));
  const [labelLine, labelPad, tickHeight, legendMinWidth, legendRow, swatch] = [
    LABEL_LINE,
    LABEL_PAD,
    TICK_HEIGHT,
    LEGEND_ITEM_WIDTH,
    LEGEND_ROW,
    SWATCH,
  ].map((n) => n * k) as [number, number, number, number, number, number];
  // SVG text does not wrap: each label is broken into lines that fit its block (or the chart, stacked).
  const lines = blocks.map((b, i) =>
    wrapText(b.label, side ? blockWidth(columns[i] ?? 0, pitch, GROUP_GAP) : width, (line) => measure(line, LABEL_FONT * k, true), lang),
  );
  // Side by side, the tallest label sets a common top for the squares.
  const labelHeights = lines.map((l) => labelPad + labelLine * l.length);
  const sharedLabel = Math.max(labelPad + labelLine, ...labelHeights);
  const square = pitch - Math.max(1, Math.round(pitch * 0.15));
  const squaresHeight = UNIT_ROWS * pitch + tickHeight;
  const stackedTop = (i: number) => labelHeights.slice(0, i).reduce((sum, h) => sum + h + squaresHeight + STACK_GAP, 0);
  const blocksHeight = side ? sharedLabel + squaresHeight : stackedTop(blocks.length) - (blocks.length > 0 ? STACK_GAP : 0);
  // Columns as wide as the longest label, so that no label runs into the next (the estimate errs wide); a label
  // wider than the chart (a Kazakh one on a phone) wraps within it.
  const legendText = (label: string) => measure(label, FONT_SIZE * k);
  const legendItemWidth = Math.min(
    width,
    Math.max(legendMinWidth, ...legendLabels.map((label) => swatch + 6 + legendText(label) + LEGEND_ITEM_GAP * k)),
  );
  const legendColumns = Math.max(1, Math.floor(width / legendItemWidth));
  const legendLines = legendLabels.map((label) =>
    wrapText(label, legendItemWidth - swatch - 6 - (legendColumns > 1 ? LEGEND_ITEM_GAP * k : 0), legendText, lang),
  );
  const legendLine = FONT_SIZE * k * 1.25;
  const rowHeights = Array.from({ length: Math.ceil(legendCount / legendColumns) }, (_, r) => {
    const most = Math.max(1, ...legendLines.slice(r * legendColumns, (r + 1) * legendColumns).map((l) => l.length));
    return legendRow + (most - 1) * legendLine;
  });
  const legendTop = blocksHeight + (legendCount > 0 ? STACK_GAP : 0);
  /** Where legend item `i` is drawn: its column's left, and the top of its row. */
  const legendAt = (i: number) => ({
    x: (i % legendColumns) * legendItemWidth,
    y: legendTop + rowHeights.slice(0, Math.floor(i / legendColumns)).reduce((sum, h) => sum + h, 0),
  });
  const height = legendTop + rowHeights.reduce((sum, h) => sum + h, 0);
  return {
    columns,
    pitch,
    lefts,
    side,
    k,
    labelLine,
    tickHeight,
    legendItemWidth,
    legendRow,
    swatch,
    lines,
    labelHeights,
    sharedLabel,
    square,
    stackedTop,
    legendColumns,
    legendLines,
    legendLine,
    legendAt,
    height,
  };
}

/**
 * Label every `n`th group of squares, the smallest `n` of 1, 2, 5, 10… at which the widest label (plus `gap`)
 * fits in `n` group widths: "5 млрд $" on a phone would otherwise run into "10 млрд $".
 */
export function tickStep(groupWidth: number, widest: number, gap: number): number {
  if (widest <= 0 || groupWidth <= 0) return 1;
  for (let scale = 1; ; scale *= 10) for (const n of [1, 2, 5]) if (n * scale * groupWidth >= widest + gap) return n * scale;
}
