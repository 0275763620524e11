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
/** One line of a block's label, and the average width of its bold 13 px characters, for wrapping. */
const LABEL_LINE = 17;
const LABEL_CHAR = 7.6;
const LABEL_PAD = 7;
const TICK_HEIGHT = 20;
const STACK_GAP = 16;
const LEGEND_ITEM_WIDTH = 250;
const LEGEND_ROW = 22;
const SWATCH = 13;

/**
 * The unit chart's geometry at `width` pixels: where each block, square and legend row goes, and the height it
 * all takes. Pure, so the prerendered page can ask it the height at any width (fluidHeight.ts).
 */
export function unitChartLayout(blocks: readonly UnitBlock[], legendCount: number, width: number, lang: string) {
  const columns = blocks.map((b) => unitColumns(b.segments.reduce((n, s) => n + s.units, 0)));
  const { pitch, lefts, side } = layoutBlocks(columns, width, {
    maxPitch: MAX_PITCH,
    minSidePitch: MIN_SIDE_PITCH,
    groupGap: GROUP_GAP,
    blockGap: BLOCK_GAP,
  });
  const k = Math.min(MAX_TEXT_SCALE, Math.max(1, pitch / TEXT_PITCH));
  const [labelLine, labelChar, labelPad, tickHeight, legendItemWidth, legendRow, swatch] = [
    LABEL_LINE,
    LABEL_CHAR,
    LABEL_PAD,
    TICK_HEIGHT,
    LEGEND_ITEM_WIDTH,
    LEGEND_ROW,
    SWATCH,
  ].map((n) => n * k) as [number, number, number, number, number, number, number];
  // SVG text does not wrap: each label is broken into lines that fit its block (or the chart, stacked).
  const lines = blocks.map((b, i) =>
    wrapText(
      b.label,
      Math.max(12, Math.floor((side ? blockWidth(columns[i] ?? 0, pitch, GROUP_GAP) : width) / labelChar)),
      (s) => s.length,
      lang,
    ),
  );
  // Side by side, the tallest label sets a common top for the squares.
  const labelHeights = lines.map((l) => labelPad + labelLine * l.length);
  const sharedLabel = Math.max(labelPad + labelLine, ...labelHeights);
  const square = pitch - Math.max(1, Math.round(pitch * 0.15));
  const squaresHeight = UNIT_ROWS * pitch + tickHeight;
  const stackedTop = (i: number) => labelHeights.slice(0, i).reduce((sum, h) => sum + h + squaresHeight + STACK_GAP, 0);
  const blocksHeight = side ? sharedLabel + squaresHeight : stackedTop(blocks.length) - (blocks.length > 0 ? STACK_GAP : 0);
  const legendColumns = Math.max(1, Math.floor(width / legendItemWidth));
  const legendTop = blocksHeight + (legendCount > 0 ? STACK_GAP : 0);
  const height = legendTop + Math.ceil(legendCount / legendColumns) * legendRow;
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
    legendTop,
    height,
  };
}
