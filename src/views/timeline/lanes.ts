/** One event to place on the horizontal timeline. */
export interface LaneItem {
  id: string;
  /** The marker's centre, in pixels from the left of the plot. */
  x: number;
  /** The label's width in pixels; 0 for a marker that should not be labelled. */
  labelWidth: number;
}

export interface LaneOptions {
  /** The plot's width: no label may run past either edge. */
  width: number;
  /** The least distance between two markers' centres in one lane (their touch targets must not overlap). */
  markerGap: number;
  /** From the marker's centre to the near end of its label. */
  labelOffset: number;
  /** Kept clear beyond a label's far end, so two labels in a lane never read as one. */
  labelGap: number;
  /** Labels go in the first this-many lanes only, so the band does not grow tall for the sake of text. */
  maxLabelLanes: number;
  /**
   * No more lanes than this (a chart that must fit a height): a marker with no free room in them shares
   * the lane where it overlaps least. Unlimited by default, where markers never overlap.
   */
  maxLanes?: number;
}

export interface Placement {
  id: string;
  x: number;
  lane: number;
  /** Where the label sits beside its marker, or null when it does not fit anywhere. */
  label: { side: "right" | "left"; from: number; to: number } | null;
}

type Interval = [number, number];

const overlaps = (a: Interval, b: Interval) => a[0] < b[1] && b[0] < a[1];

/**
 * Puts markers into lanes (rows) so that no two markers and no two labels overlap, and no label
 * crosses a marker. Items are placed in the order given, which is their priority: an item is
 * labelled in the lowest lane where marker and label both fit (label right of the marker, else
 * left of it), among the first `maxLabelLanes`. The others are placed afterwards, left to right, as
 * bare markers in the lowest lane with room, and then labelled wherever their own lane still has
 * room for the label. Every item is placed; lanes are added only for markers, never for labels, and
 * never beyond `maxLanes`.
 */
export function placeInLanes(items: readonly LaneItem[], options: LaneOptions): Placement[] {
  const { width, markerGap, labelOffset, labelGap, maxLabelLanes, maxLanes = Infinity } = options;
  const lanes: Interval[][] = [];
  const free = (lane: number, span: Interval) => !(lanes[lane] ?? []).some((taken) => overlaps(taken, span));
  const take = (lane: number, span: Interval) => {
    while (lanes.length <= lane) lanes.push([]);
    lanes[lane]!.push(span);
  };
  const half = markerGap / 2;
  const placed = new Map<string, Placement>();

  const spans = (item: LaneItem) => ({
    right: [item.x - half, Math.max(item.x + half, item.x + labelOffset + item.labelWidth + labelGap)] as Interval,
    left: [Math.min(item.x - half, item.x - labelOffset - item.labelWidth - labelGap), item.x + half] as Interval,
    fitsRight: item.x + labelOffset + item.labelWidth <= width,
    fitsLeft: item.x - labelOffset - item.labelWidth >= 0,
  });
  const labelled = (item: LaneItem, lane: number, side: "right" | "left"): Placement => {
    const from = side === "right" ? item.x + labelOffset : item.x - labelOffset - item.labelWidth;
    return { id: item.id, x: item.x, lane, label: { side, from, to: from + item.labelWidth } };
  };

  for (const item of items) {
    if (item.labelWidth <= 0) continue;
    const { right, left, fitsRight, fitsLeft } = spans(item);
    for (let lane = 0; lane < Math.min(maxLabelLanes, maxLanes); lane++) {
      const side = fitsRight && free(lane, right) ? "right" : fitsLeft && free(lane, left) ? "left" : null;
      if (!side) continue;
      take(lane, side === "right" ? right : left);
      placed.set(item.id, labelled(item, lane, side));
      break;
    }
  }

  const bare = items.filter((i) => !placed.has(i.id)).sort((a, b) => a.x - b.x);
  for (const item of bare) {
    const span: Interval = [item.x - half, item.x + half];
    let lane = 0;
    while (lane < maxLanes && !free(lane, span)) lane++;
    if (lane >= maxLanes) lane = leastCrowded(lanes, span, maxLanes);
    take(lane, span);
    placed.set(item.id, { id: item.id, x: item.x, lane, label: null });
  }

  // Last, in priority order: a bare marker whose label now fits in its own lane gets it. Nothing
  // moves, so this never adds a lane.
  for (const item of items) {
    const p = placed.get(item.id)!;
    if (p.label || item.labelWidth <= 0) continue;
    const { right, left, fitsRight, fitsLeft } = spans(item);
    const others = (lanes[p.lane] ?? []).filter((span) => !(span[0] === item.x - half && span[1] === item.x + half));
    const clear = (span: Interval) => !others.some((taken) => overlaps(taken, span));
    const side = fitsRight && clear(right) ? "right" : fitsLeft && clear(left) ? "left" : null;
    if (!side) continue;
    lanes[p.lane] = [...others, side === "right" ? right : left];
    placed.set(item.id, labelled(item, p.lane, side));
  }
  return items.map((i) => placed.get(i.id)!);
}

/** The lane (below `count`) where a span overlaps least with what is already there; the lower on a tie. */
function leastCrowded(lanes: readonly Interval[][], span: Interval, count: number): number {
  let best = 0;
  let least = Infinity;
  for (let lane = 0; lane < count; lane++) {
    const overlap = (lanes[lane] ?? []).reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, span[1]) - Math.max(a, span[0])), 0);
    if (overlap < least) [best, least] = [lane, overlap];
  }
  return best;
}

/** How many lanes a placement uses. */
export function laneCount(placements: readonly Placement[]): number {
  return placements.reduce((n, p) => Math.max(n, p.lane + 1), 0);
}
