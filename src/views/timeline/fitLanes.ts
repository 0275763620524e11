import { laneCount, placeInLanes, type Placement } from "./lanes";

/** One event for a band that must fit a height, in priority order (turning points first). */
export interface FitItem {
  id: string;
  x: number;
  /** The label's width in pixels. */
  labelWidth: number;
  /** A turning point: its label is the last to go. */
  major: boolean;
}

export interface FitOptions {
  /** The plot's width. */
  width: number;
  /** The height the band may take. */
  room: number;
  /** The lane pitch of the full view (a 24 px target at least). */
  pitch: number;
  /** The tightest pitch allowed: a marker's own size, or a label's line, whichever is taller. */
  minPitch: number;
  labelOffset: number;
  labelGap: number;
  maxLabelLanes: number;
}

/** What the band gave up to fit, in the order it gives things up. */
export type LabelChoice = "all" | "turning-points" | "none";

export interface FittedLanes {
  placements: Placement[];
  /** The distance between lanes, and the least between two markers in a lane. */
  pitch: number;
  lanes: number;
  labels: LabelChoice;
  /** True when even bare markers at the tightest pitch needed more lanes than fit, so some share a lane's room. */
  crowded: boolean;
}

/** How many pitches are tried between the full view's and the tightest. */
const PITCH_STEPS = 4;

/**
 * Lanes for an events' band that must fit a height (a slide). The first arrangement that gives every
 * marker room of its own wins, trying what a presenter would give up first, first: the labels of ordinary
 * events (named on hover, on focus and in the card); then the lanes' pitch, down to the markers' own size
 * (smaller pointer targets, every marker still apart and reachable by keys); then the turning points'
 * labels. If bare markers at the tightest pitch still need more lanes than fit, the lanes are capped and
 * the rest go where they overlap least: the band then reads as density, and the keys still reach each event.
 */
export function fitLanes(items: readonly FitItem[], options: FitOptions): FittedLanes {
  const { width, room, pitch: full, minPitch, labelOffset, labelGap, maxLabelLanes } = options;
  const tightest = Math.min(full, minPitch);
  const pitches = Array.from({ length: PITCH_STEPS + 1 }, (_, i) => full - ((full - tightest) * i) / PITCH_STEPS).filter(
    (p, i, all) => i === 0 || p < all[i - 1]!,
  );
  const attempts: [LabelChoice, readonly number[]][] = [
    ["all", [full]],
    ["turning-points", pitches],
    ["none", pitches],
  ];
  const place = (labels: LabelChoice, pitch: number, maxLanes?: number) => {
    const cap = lanesIn(room, pitch);
    return placeInLanes(
      items.map((item) => ({
        id: item.id,
        x: item.x,
        labelWidth: labels === "all" || (labels === "turning-points" && item.major) ? item.labelWidth : 0,
      })),
      { width, markerGap: pitch, labelOffset, labelGap, maxLabelLanes: Math.min(maxLabelLanes, cap), maxLanes },
    );
  };
  for (const [labels, tried] of attempts) {
    for (const pitch of tried) {
      const placements = place(labels, pitch);
      const lanes = laneCount(placements);
      if (lanes <= lanesIn(room, pitch)) return { placements, pitch, lanes: Math.max(1, lanes), labels, crowded: false };
    }
  }
  const cap = lanesIn(room, tightest);
  const placements = place("none", tightest, cap);
  return { placements, pitch: tightest, lanes: Math.max(1, laneCount(placements)), labels: "none", crowded: true };
}

/** Lanes of a pitch that fit a height: one at least, so every marker is drawn even when nothing fits. */
function lanesIn(room: number, pitch: number): number {
  return Math.max(1, Math.floor(room / pitch + 1e-9));
}
