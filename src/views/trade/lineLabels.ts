import { estimateWidth } from "../../lib/textWidth";

/** A line's name at its end: who reports it, and which flow. */
export interface EndLabel {
  reporter: string;
  flow: string;
}

/** The label's type at type scale 1, as the chart's axis text (0.75rem). */
export const END_LABEL_FONT = 12;
/** A label's two lines, and the space between labels. */
export const END_LABEL_HEIGHT = 2.5 * END_LABEL_FONT;
/** The gap between the plot and the labels. */
export const END_LABEL_GAP = 8;
const WIDE_FONT_SLACK = 1.2;
/** Below this width (at type scale 1) the plot keeps the room and the legend alone names the lines. */
const MIN_CHART_WIDTH = 520;

/**
 * The width the labels at the lines' ends need beside the plot, or 0 where the chart is too narrow to
 * give it: then the legend names the lines.
 */
export function endLabelRoom(labels: readonly EndLabel[], chartWidth: number, k = 1): number {
  if (labels.length === 0 || chartWidth < MIN_CHART_WIDTH * k) return 0;
  const widest = Math.max(
    ...labels.flatMap((l) => [estimateWidth(l.reporter, END_LABEL_FONT * k, true), estimateWidth(l.flow, END_LABEL_FONT * k)]),
  );
  // The estimate is for a generic sans-serif; wide system fonts (DejaVu Sans) and arrows run up to a sixth longer.
  return Math.ceil(widest * WIDE_FONT_SLACK + END_LABEL_GAP * k);
}

/**
 * Moves labels apart so no two are closer than `gap`, each as near its line's end as it can be, all
 * within `top`..`bottom` where they fit: one pass down from the highest, one back up from the bottom.
 * Returns the positions in the order given.
 */
export function dodge(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let j = 0; j < placed.length; j++) placed[j] = Math.max(placed[j]!, top, j > 0 ? placed[j - 1]! + gap : -Infinity);
  for (let j = placed.length - 1; j >= 0; j--) placed[j] = Math.min(placed[j]!, j < placed.length - 1 ? placed[j + 1]! - gap : bottom);
  const out = new Array<number>(ys.length);
  order.forEach((o, j) => (out[o.i] = placed[j]!));
  return out;
}
