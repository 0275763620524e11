/** An axis-aligned box in screen pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a label may sit relative to its anchor: beside a symbol, or centred on an area (countries). */
export type LabelSide = "right" | "left" | "above" | "below" | "center";

export interface LabelCandidate {
  id: string;
  text: string;
  /** The anchor in screen pixels: a symbol's centre, or a country's label point. */
  x: number;
  y: number;
  /** Higher goes first. */
  priority: number;
  fontSize: number;
  /** Half the size of the symbol the label must clear (0 for a country name). */
  radius: number;
  /** Tried in order; the first that fits wins. */
  sides: readonly LabelSide[];
  /** Letter spacing in em, for the spaced-out country names. */
  letterSpacing?: number;
  /**
   * For a name centred on an area (a country): the step (px) by which it moves off its point when the
   * point is taken (twice as far sideways as up or down), up to `reach` steps. `sides` are then unused.
   */
  offset?: number;
  reach?: number;
  /** Placed over symbols if need be (the selected place is always named); never over another label. */
  overSymbols?: boolean;
  /**
   * Where the name may stand (a country's name inside the country): a try whose anchor falls
   * outside is refused. If no try inside clears the symbols, the name goes over them rather than
   * being left out or sent into a neighbour.
   */
  within?: (x: number, y: number) => boolean;
}

/** Where a centred name may move, in steps of its candidate's `offset`, nearest first, up to `reach` steps away. */
export function nudges(reach: number): [number, number][] {
  const steps: [number, number][] = [];
  for (let dx = -reach; dx <= reach; dx++) for (let dy = -reach; dy <= reach; dy++) steps.push([dx, dy]);
  // Nearest first (sideways steps are twice as long); ties: up before down, left before right.
  return steps.sort((a, b) => Math.hypot(2 * a[0], a[1]) - Math.hypot(2 * b[0], b[1]) || a[1] - b[1] || a[0] - b[0]);
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text is drawn: its anchor point (text-anchor) and baseline-middle. */
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  box: Box;
}

/** Space between a symbol's edge and its label. */
export const LABEL_GAP = 3;
/** Padding around each label's box, so two labels never touch. */
export const LABEL_PADDING = 2;
/** Average advance of a Latin or Cyrillic character, in em, for a system sans-serif (slightly generous). */
const NARROW_EM = 0.6;
/** Han characters and other full-width text take a whole em. */
const WIDE_EM = 1;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Estimated width of a label in pixels. Measuring needs a layout (and differs between machines);
 * an estimate keeps placement deterministic and testable, and errs on the wide side.
 */
export function estimateTextWidth(text: string, fontSize: number, letterSpacing = 0): number {
  let em = 0;
  for (const ch of text) em += (WIDE.test(ch) ? WIDE_EM : NARROW_EM) + letterSpacing;
  return em * fontSize;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(box: Box, bounds: { width: number; height: number }): boolean {
  return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= bounds.width && box.y1 <= bounds.height;
}

/** The text position and padded box of a centred name moved by a nudge (in steps of its offset). */
export function labelNudged(c: LabelCandidate, [dx, dy]: readonly [number, number]): PlacedLabel {
  const step = c.offset ?? 0;
  return boxed(c, c.x + 2 * dx * step, c.y + dy * step, "middle");
}

/** The text position and padded box of a candidate on one side of its anchor. */
export function labelAt(c: LabelCandidate, side: LabelSide): PlacedLabel {
  const height = c.fontSize * 1.2;
  const off = c.radius + LABEL_GAP;
  let x = c.x;
  let y = c.y;
  let anchor: PlacedLabel["anchor"] = "middle";
  if (side === "right") [x, anchor] = [c.x + off, "start"];
  else if (side === "left") [x, anchor] = [c.x - off, "end"];
  else if (side === "above") y = c.y - off - height / 2;
  else if (side === "below") y = c.y + off + height / 2;
  return boxed(c, x, y, anchor);
}

function boxed(c: LabelCandidate, x: number, y: number, anchor: PlacedLabel["anchor"]): PlacedLabel {
  const width = estimateTextWidth(c.text, c.fontSize, c.letterSpacing);
  const height = c.fontSize * 1.2;
  const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  const p = LABEL_PADDING;
  return {
    id: c.id,
    text: c.text,
    x,
    y,
    anchor,
    box: { x0: left - p, y0: y - height / 2 - p, x1: left + width + p, y1: y + height / 2 + p },
  };
}

/**
 * Greedy label placement: by priority, each label takes the first of its sides that stays inside
 * the bounds and overlaps neither a label already placed nor an obstacle (the symbols); a label
 * that fits nowhere is left out. Its own symbol, and symbols stacked on it, are not obstacles to it.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly (Box & { id: string })[],
  bounds: { width: number; height: number },
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const order = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of order) {
    const all = c.offset ? nudges(c.reach ?? 1).map((n) => labelNudged(c, n)) : c.sides.map((side) => labelAt(c, side));
    const tries = c.within ? all.filter((l) => c.within!(l.x, l.y)) : all;
    const free = (label: PlacedLabel) => inside(label.box, bounds) && !placed.some((p) => boxesOverlap(p.box, label.box));
    const clear = (label: PlacedLabel) =>
      c.overSymbols || !obstacles.some((o) => o.id !== c.id && !stacked(o, c) && boxesOverlap(o, label.box));
    const label = tries.find((l) => free(l) && clear(l)) ?? (c.within ? tries.find(free) : undefined);
    if (label) placed.push(label);
  }
  return placed;
}

/**
 * A symbol stacked on the candidate's own (their boxes overlap its anchor): the label cannot clear it
 * on any side, so it does not count against the label. Places a few hundred metres apart stack at
 * the default zoom; one of them is named, and zooming in names the others.
 */
function stacked(o: Box, c: LabelCandidate): boolean {
  return c.radius > 0 && Math.abs((o.x0 + o.x1) / 2 - c.x) < c.radius && Math.abs((o.y0 + o.y1) / 2 - c.y) < c.radius;
}

/** The box a symbol of half-size `radius` covers at (x, y). */
export function symbolBox(id: string, x: number, y: number, radius: number): Box & { id: string } {
  return { id, x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius };
}
