import { area, curveStepAfter, line } from "d3-shape";
import { yearStepAtLeast, yearsOnStep } from "../../charts/yearTicks";
import { fitLanes } from "./fitLanes";
import { laneCount, placeInLanes, type Placement } from "./lanes";
import { type Measure } from "../../lib/textWidth";
import { wrapText } from "../../lib/wrapText";

/** A linear map from time (UTC milliseconds) to pixels. */
export type TimeScale = (time: number) => number;

/**
 * The time axis. Written out rather than taken from d3-scale: scaleUtc brings d3-time-format,
 * d3-interpolate and d3-color with it, about 20 KB gzip, and an embed's whole budget is 110 KB.
 * Nothing here needs more than the straight line (ticks are whole years, computed below).
 */
export function timeScale([d0, d1]: [number, number], [r0, r1]: [number, number]): TimeScale {
  const span = d1 - d0 || 1;
  return (time) => r0 + ((time - d0) / span) * (r1 - r0);
}

/** The font size the metrics below were tuned at; everything scales with the view's actual font size. */
export const BASE_FONT = 16;

/** Tuned sizes, in ems of the view's font size, so large type (the projector theme) scales the whole chart. */
export const EM = {
  marginX: 0.75,
  /** Room above the ladder for the focus year's label. */
  marginTop: 1.5,
  /** Room below the axis line for the year labels. */
  axisBottom: 1.9,
  levelFont: 0.875,
  dateFont: 0.8125,
  labelFont: 0.8125,
  tickFont: 0.8125,
  lineHeight: 1.3,
  /** Padding inside a ladder row, above its text and between text and tread. */
  rowPad: 0.45,
  /** The same where the chart fits a height: a one-line row, which the room the band leaves makes taller again. */
  rowPadFitted: 0.25,
  /** Ground under the first rung: the first step rises from it like the others. */
  ground: 0.9,
  /** Between the ground line and the first lane of events. */
  bandGap: 0.6,
  markerRadius: 0.38,
  /** The ladder's dots are a little larger than event markers: the rungs are the story. */
  stepDot: 0.48,
  /** From a marker's centre to its label. */
  labelOffset: 0.8,
  /** Between label and the next label or riser. */
  labelPad: 0.4,
  /** A rung narrower than this (at the edge of a zoomed period) is left unnamed. */
  minLabelRoom: 7,
  /** One year label per this many ems at least. */
  tickSpacing: 3.6,
} as const;

/** A lane is at least this tall, and markers in a lane at least this far apart: the WCAG 2.2 target size. */
export const MIN_TARGET = 24;
/** A selected marker or step grows by this much. */
export const SELECTED_SCALE = 1.3;
/** The focus ring sits this far outside a marker. */
export const RING_GAP = 4;
/** Labels only in the first lanes; later lanes hold bare markers, named on hover, focus and in the card. */
export const MAX_LABEL_LANES = 5;

export interface LadderInput {
  id: string;
  /** The rung's event, which selecting the step selects. */
  eventId: string | null;
  time: number;
  name: string;
  /** The date as the reader sees it, e.g. "July 4, 2005". */
  dateLabel: string;
  /** The name with its year, e.g. "Strategic partnership (2005)": the rung's one label where the chart must fit a height. */
  compactName?: string;
}

export interface EventInput {
  id: string;
  /** Where the marker sits (the middle of the period the date names). */
  time: number;
  title: string;
  major: boolean;
}

export interface HorizontalInput {
  width: number;
  fontSize: number;
  /** The period shown, in UTC milliseconds. */
  domain: [number, number];
  today: number;
  /** The ladder, first rung first. */
  levels: readonly LadderInput[];
  /** The secondary events to draw, in date order. */
  events: readonly EventInput[];
  measure: Measure;
  /** The language of the labels, for where a line may break. */
  lang?: string;
  /**
   * A height the chart must fit (a slide), and the smallest text it may set there. Every rung keeps its
   * row, named by its compact name without a date line; the events' band takes the height left
   * (fitLanes.ts), and whatever the band does not need goes to the ladder's rows.
   */
  fit?: { height: number; minFont: number } | undefined;
}

export interface StepGeometry {
  id: string;
  eventId: string | null;
  /** The corner where the riser meets the tread (may lie outside the plot when zoomed). */
  x: number;
  y: number;
  /** False when the step's tread is entirely outside the period shown. */
  visible: boolean;
  /** The label above the tread: name lines, then the date (none where the chart fits a height: the name says the year). */
  label: { x: number; anchor: "start" | "end"; lines: string[]; dateLine: string | null; top: number; width: number } | null;
}

export interface MarkerGeometry extends Placement {
  y: number;
}

export interface HorizontalLayout {
  width: number;
  height: number;
  margin: { left: number; top: number };
  innerWidth: number;
  x: TimeScale;
  fonts: { level: number; date: number; label: number; tick: number; lineHeight: number };
  ladder: {
    top: number;
    rowHeight: number;
    ground: number;
    dotRadius: number;
    /** The staircase outline and the area under it. */
    path: string;
    area: string;
    steps: StepGeometry[];
  };
  band: { top: number; laneHeight: number; lanes: number; markerRadius: number; markers: MarkerGeometry[] };
  axis: { y: number; ticks: { time: number; x: number; label: string }[]; todayX: number | null };
}

/** The whole geometry of the horizontal timeline: scales, the ladder's steps, event lanes, axis. */
export function horizontalLayout(input: HorizontalInput): HorizontalLayout {
  const { width, fontSize: f, domain, today, levels, events, measure, lang = "en", fit } = input;
  const em = (n: number) => n * f;
  // Spacing follows the font; text never goes below the floor of a chart that fits a height.
  const text = (n: number) => Math.max(fit?.minFont ?? 0, em(n));
  const marginX = em(EM.marginX);
  const innerWidth = Math.max(1, width - 2 * marginX);
  const x = timeScale(domain, [0, innerWidth]);
  const fonts = {
    level: text(EM.levelFont),
    date: text(EM.dateFont),
    label: text(EM.labelFont),
    tick: text(EM.tickFont),
    lineHeight: EM.lineHeight,
  };

  const ladderTop = 0;
  const dotRadius = em(EM.stepDot);
  // Labels keep clear of the dots at either end of their row, even a selected (larger) one.
  const clearance = dotRadius * SELECTED_SCALE + em(EM.labelPad) / 2;
  const compact = fit !== undefined;
  const rowPad = em(compact ? EM.rowPadFitted : EM.rowPad);
  const steps = ladderSteps({ levels, x, innerWidth, fonts, pad: clearance, minRoom: em(EM.minLabelRoom), measure, lang, compact });
  const maxLines = Math.max(1, ...steps.map((s) => s.label?.lines.length ?? 1));
  const labelRow = (maxLines + (compact ? 0 : 1)) * fonts.level * EM.lineHeight + 2 * rowPad;
  const n = levels.length;

  const laneHeight = Math.max(MIN_TARGET, fonts.label * 1.7);
  // Turning points claim label room first. The selection does not: labels that moved as the reader
  // stepped through events would be hard to follow (the selected event is named in its card).
  const order = [...events].sort((a, b) => Number(b.major) - Number(a.major) || a.time - b.time);
  const items = order.map((e) => ({ id: e.id, x: x(e.time), labelWidth: measure(e.title, fonts.label), major: e.major }));
  const laneOptions = { width: innerWidth, labelOffset: em(EM.labelOffset), labelGap: em(EM.labelPad), maxLabelLanes: MAX_LABEL_LANES };
  const markerRadius = em(EM.markerRadius);
  // Everything but the rows and the lanes: room for the focus year's label, the ground, the gaps, the year labels.
  const frame = em(EM.marginTop) + em(EM.ground) + 2 * em(EM.bandGap) + em(EM.axisBottom);
  const fitted = fit
    ? fitLanes(items, {
        ...laneOptions,
        room: fit.height - frame - n * labelRow,
        pitch: laneHeight,
        // A selected marker with its ring, or a label's line, whichever is taller.
        minPitch: Math.max(2 * (markerRadius * SELECTED_SCALE + RING_GAP / 2), fonts.label * EM.lineHeight),
      })
    : null;
  const placements = fitted?.placements ?? placeInLanes(items, { ...laneOptions, markerGap: laneHeight });
  const pitch = fitted?.pitch ?? laneHeight;
  const lanes = Math.max(1, laneCount(placements));
  // On a slide the ladder takes the height the band leaves: the staircase is the story.
  const spare = fit && n > 0 ? Math.max(0, fit.height - frame - n * labelRow - lanes * pitch) : 0;
  const rowHeight = labelRow + spare / Math.max(1, n);

  // Rank r (1-based) treads at the bottom of its row; the top rank's row is the first.
  const treadY = (i: number) => ladderTop + (n - i) * rowHeight;
  const ground = ladderTop + n * rowHeight + em(EM.ground);
  for (const [i, step] of steps.entries()) {
    step.y = treadY(i);
    // The label keeps to its tread when the row grows.
    if (step.label) step.label.top = treadY(i) - labelRow + rowPad;
  }
  const corners: [number, number][] = levels.length
    ? [[steps[0]!.x, ground], ...steps.map((s): [number, number] => [s.x, s.y]), [Math.max(innerWidth, steps[n - 1]!.x), steps[n - 1]!.y]]
    : [];
  const path = line().curve(curveStepAfter)(corners) ?? "";
  const fill = area().curve(curveStepAfter).y0(ground)(corners.slice(1)) ?? "";

  const bandTop = ground + em(EM.bandGap);
  const byId = new Map(placements.map((p) => [p.id, p]));
  const markers = events.map((e) => {
    const p = byId.get(e.id)!;
    return { ...p, y: bandTop + (p.lane + 0.5) * pitch };
  });
  const axisY = bandTop + lanes * pitch + em(EM.bandGap);

  const showsToday = today >= domain[0] && today <= domain[1];
  const todayX = showsToday ? x(today) : null;
  const ticks = axisYearTicks(domain, x, em(EM.tickSpacing)).filter(
    // The "today" label sits at the right end; a year label crowding it gives way.
    (t) => todayX === null || todayX - t.x >= em(EM.tickSpacing),
  );

  const natural = em(EM.marginTop) + axisY + em(EM.axisBottom);
  return {
    width,
    // Fitted, the chart is the height asked for, unless the ladder and one lane of events need more.
    height: fit && natural <= fit.height + 0.5 ? fit.height : Math.ceil(natural),
    margin: { left: marginX, top: em(EM.marginTop) },
    innerWidth,
    x,
    fonts,
    ladder: { top: ladderTop, rowHeight, ground, dotRadius, path, area: fill, steps },
    band: { top: bandTop, laneHeight: pitch, lanes, markerRadius, markers },
    axis: { y: axisY, ticks, todayX },
  };
}

/**
 * Each step's corner and label. A rung's row is empty from the left edge up to the next riser
 * (everything lower on the staircase sits below it), so the label starts at its own riser when it
 * fits before the next one, and otherwise ends just before the next riser, reaching back over the
 * empty part of the row; a name too long even for that wraps onto more lines.
 */
function ladderSteps({
  levels,
  x,
  innerWidth,
  fonts,
  pad,
  minRoom,
  measure,
  lang,
  compact,
}: {
  levels: readonly LadderInput[];
  x: TimeScale;
  innerWidth: number;
  fonts: HorizontalLayout["fonts"];
  pad: number;
  minRoom: number;
  measure: Measure;
  lang: string;
  /** One label per rung, its compact name, with no date line. */
  compact: boolean;
}): StepGeometry[] {
  return levels.map((level, i) => {
    const sx = x(level.time);
    const next = levels[i + 1];
    const nextX = next ? x(next.time) : Infinity;
    const visible = sx < innerWidth && nextX > 0;
    const step: StepGeometry = { id: level.id, eventId: level.eventId, x: sx, y: 0, visible, label: null };
    if (!visible) return step;
    const limit = Math.min(innerWidth, nextX - pad);
    // A sliver of a rung at the edge of a zoomed period is drawn but not named: a name squeezed into
    // it would stack one word per line.
    if (limit < minRoom) return step;
    const start = Math.max(0, sx) + pad;
    const dateLine = compact ? null : level.dateLabel;
    const name = compact ? (level.compactName ?? level.name) : level.name;
    const widest = (lines: string[]) =>
      Math.max(...lines.map((l) => measure(l, fonts.level, true)), dateLine === null ? 0 : measure(dateLine, fonts.date));
    const wrap = (room: number) => wrapText(name, room, (s) => measure(s, fonts.level, true), lang);
    const fromRiser = wrap(limit - start);
    const anywhere = wrap(limit);
    if (fromRiser.length <= anywhere.length && start + widest(fromRiser) <= limit) {
      step.label = { x: start, anchor: "start", lines: fromRiser, dateLine, top: 0, width: widest(fromRiser) };
    } else {
      const width = widest(anywhere);
      step.label = { x: Math.max(width, limit), anchor: "end", lines: anywhere, dateLine, top: 0, width };
    }
    return step;
  });
}

/** Year ticks on 1 January, at a round step (1, 2, 5, 10, 20… years) that keeps their labels apart. */
export function axisYearTicks(
  domain: [number, number],
  x: (t: number) => number,
  minSpacing: number,
): { time: number; x: number; label: string }[] {
  const first = new Date(domain[0]).getUTCFullYear();
  const last = new Date(domain[1]).getUTCFullYear();
  const pxPerYear = x(Date.UTC(first + 1, 0, 1)) - x(Date.UTC(first, 0, 1));
  return yearsOnStep(first, last, yearStepAtLeast(minSpacing / pxPerYear)).flatMap((year) => {
    const time = Date.UTC(year, 0, 1);
    return time >= domain[0] && time <= domain[1] ? [{ time, x: x(time), label: String(year) }] : [];
  });
}
