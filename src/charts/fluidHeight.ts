/**
 * The height a chart will have at any width, for the prerendered page: the server cannot know the width, so it
 * gives the browser the chart's height as a function of it, in CSS (a container query per straight piece), and the
 * static drawing takes the box the measured one will have. Nothing moves when the measured chart replaces it.
 */

/** A straight piece of height(width): from `from` px wide (inclusive) up to the next piece, `height` at `from`. */
export interface HeightPiece {
  from: number;
  height: number;
  slope: number;
}

/**
 * The widths the pieces cover, in pixels (every pixel: a chart's height often steps at one exact width, where its
 * squares or type grow by a pixel); beyond them the last piece goes on.
 */
export const FLUID_WIDTHS = { from: 240, to: 1400, step: 1 } as const;

/**
 * Fits `heightAt` (sampled every `step` px over [from, to]) with straight pieces, each within `tolerance` px of
 * every sample it spans: a height that jumps starts a new piece at or next to the jump.
 */
export function heightPieces(
  heightAt: (width: number) => number,
  { from, to, step }: { from: number; to: number; step: number } = FLUID_WIDTHS,
  tolerance = 0.5,
): HeightPiece[] {
  const widths: number[] = [];
  for (let w = from; w <= to; w += step) widths.push(w);
  const heights = widths.map(heightAt);
  const pieces: HeightPiece[] = [];
  let start = 0;
  while (start < widths.length) {
    const slopeTo = (j: number) => (heights[j]! - heights[start]!) / (widths[j]! - widths[start]!);
    const fits = (j: number) => {
      const slope = slopeTo(j);
      for (let i = start + 1; i < j; i++)
        if (Math.abs(heights[start]! + slope * (widths[i]! - widths[start]!) - heights[i]!) > tolerance) return false;
      return true;
    };
    // Two samples always make a line; each one more must fall on it (the widths are whole pixels, as measured).
    let end = start;
    while (end + 1 < widths.length && fits(end + 1)) end++;
    pieces.push({ from: widths[start]!, height: heights[start]!, slope: end > start ? slopeTo(end) : 0 });
    start = end + 1;
  }
  return pieces;
}

const num = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * The CSS that sizes `selector` inside the container `container` (a `container-name` with an inline size) by
 * the pieces, in order: each applies from its width on, so the last that matches wins; the first reaches down to
 * any narrower width. A flat piece is a plain height.
 */
export function heightPiecesCss(container: string, selector: string, pieces: readonly HeightPiece[]): string {
  return pieces
    .map((p, i) => {
      const height = p.slope === 0 ? `${num(p.height)}px` : `calc(${num(p.height)}px + (100cqw - ${p.from}px) * ${num(p.slope)})`;
      const rule = `${selector}{height:${height}}`;
      return i === 0 ? rule : `@container ${container} (width>=${p.from}px){${rule}}`;
    })
    .join("");
}
