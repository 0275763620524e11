import type { InvestmentCount, InvestmentFile, Sector } from "../../data/schemas/investment";
import { yearOf } from "../../lib/partialDate";

// The unit chart: one square per $100M, in columns of ten and groups of five columns.

/** One square of the unit chart stands for this many USD millions: $100M. */
export const UNIT_MILLIONS = 100;
/** Squares per column: a column of ten is $1B, easy to count aloud in a classroom. */
export const UNIT_ROWS = 10;
/** Columns per group; a wider gap after each group marks $5B. */
export const UNIT_GROUP = 5;

/** How many squares a value fills, to the nearest whole square. */
export function unitsFor(millions: number, unit = UNIT_MILLIONS): number {
  return Math.round(millions / unit);
}

/** A run of squares: one sector's, or the unattributed rest (`sector: null`). */
export interface UnitSegment {
  sector: Sector | null;
  units: number;
  /** USD million the segment stands for; null for the unattributed rest. */
  value: number | null;
}

/**
 * Splits a total into squares: each share gets its own squares, and whatever the shares do not
 * cover is one unattributed segment. Shares can never claim more squares than the total has.
 */
export function unitSegments(total: number, shares: readonly { sector: Sector; value: number }[], unit = UNIT_MILLIONS): UnitSegment[] {
  let left = unitsFor(total, unit);
  const segments: UnitSegment[] = [];
  for (const share of shares) {
    const units = Math.min(left, unitsFor(share.value, unit));
    if (units > 0) segments.push({ sector: share.sector, units, value: share.value });
    left -= units;
  }
  if (left > 0) segments.push({ sector: null, units: left, value: null });
  return segments;
}

type Share = InvestmentFile["sectorShares"][number];

/**
 * The shares that break down the headline tally itself: only shares dated at the tally's last year
 * and adding up to no more than it. Anything else describes another figure and must not colour
 * the tally's squares.
 */
export function tallyShares(file: InvestmentFile): Share[] {
  const { headline, sectorShares } = file;
  const fits =
    sectorShares.length > 0 &&
    sectorShares.every((s) => yearOf(s.asOf) === headline.period.to) &&
    sectorShares.reduce((sum, s) => sum + s.value, 0) <= headline.value;
  return fits ? [...sectorShares] : [];
}

/** A sector breakdown of some other figure than the tally, with the count it breaks down if the file has one. */
export interface ShareBlock {
  asOf: string;
  shares: Share[];
  /** The sum of the shares. */
  attributed: number;
  /** The count the shares are part of: dated the same year and at least their sum; null if none is. */
  base: InvestmentCount | null;
}

/** Sector shares that are not a breakdown of the tally, grouped by date, each with the figure it breaks down. */
export function otherShareBlocks(file: InvestmentFile): ShareBlock[] {
  if (tallyShares(file).length > 0) return [];
  const byDate = new Map<string, Share[]>();
  for (const s of file.sectorShares) byDate.set(s.asOf, [...(byDate.get(s.asOf) ?? []), s]);
  return [...byDate].map(([asOf, shares]) => {
    const attributed = shares.reduce((sum, s) => sum + s.value, 0);
    const candidates = file.counts.filter((c) => c.period.to === yearOf(asOf) && c.value >= attributed).sort((a, b) => a.value - b.value);
    return { asOf, shares, attributed, base: candidates[0] ?? null };
  });
}

/** Where each square of a block sits, in cells: columns fill bottom-up, left to right. */
export function unitCell(index: number, rows = UNIT_ROWS): { column: number; row: number } {
  return { column: Math.floor(index / rows), row: rows - 1 - (index % rows) };
}

/** Columns a number of squares needs. */
export const unitColumns = (units: number, rows = UNIT_ROWS) => Math.ceil(units / rows);

/** The x offset of a column, in pixels, with the wider gap after every group of columns. */
export function columnX(column: number, pitch: number, groupGap: number, group = UNIT_GROUP): number {
  return column * pitch + Math.floor(column / group) * groupGap;
}

/** The width of `columns` columns laid out by `columnX`. */
export function blockWidth(columns: number, pitch: number, groupGap: number, group = UNIT_GROUP): number {
  return columns <= 0 ? 0 : columnX(columns - 1, pitch, groupGap, group) + pitch;
}

/**
 * The largest square pitch (square + gap) at which blocks of `columns` fit `width` side by side,
 * separated by `blockGap`, capped at `maxPitch`.
 */
export function fitPitch(width: number, columns: readonly number[], groupGap: number, blockGap: number, maxPitch: number): number {
  const gaps = columns.reduce((sum, c) => sum + Math.max(0, Math.ceil(c / UNIT_GROUP) - 1) * groupGap, 0);
  const total = columns.reduce((sum, c) => sum + c, 0);
  const free = width - gaps - blockGap * Math.max(0, columns.length - 1);
  return total > 0 ? Math.max(0, Math.min(maxPitch, Math.floor(free / total))) : maxPitch;
}

/** Every square of a block, in fill order, with the sector it belongs to. */
export function unitSquares(segments: readonly UnitSegment[], rows = UNIT_ROWS): { sector: Sector | null; column: number; row: number }[] {
  return segments.flatMap((s) => Array.from({ length: s.units }, () => s.sector)).map((sector, i) => ({ sector, ...unitCell(i, rows) }));
}

export interface BlockLayout {
  pitch: number;
  /** Left edge of each block, in pixels (all 0 when stacked). */
  lefts: number[];
  /** Whether the blocks sit side by side (else stacked). */
  side: boolean;
}

/**
 * Places blocks of squares in `width`: side by side if each square can still be `minSidePitch`
 * wide, else stacked at the pitch the widest block allows.
 */
export function layoutBlocks(
  columns: readonly number[],
  width: number,
  { maxPitch, minSidePitch, groupGap, blockGap }: { maxPitch: number; minSidePitch: number; groupGap: number; blockGap: number },
): BlockLayout {
  const sidePitch = fitPitch(width, columns, groupGap, blockGap, maxPitch);
  const side = columns.length > 1 && sidePitch >= minSidePitch;
  const pitch = side ? sidePitch : fitPitch(width, [Math.max(0, ...columns)], groupGap, 0, maxPitch);
  const lefts = columns.map((_, i) =>
    side ? columns.slice(0, i).reduce((sum, c) => sum + blockWidth(c, pitch, groupGap) + blockGap, 0) : 0,
  );
  return { pitch, lefts, side };
}
