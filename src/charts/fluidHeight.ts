/**
 * The height a chart will have at any width, for the prerendered page: the server cannot know the width, so it
 * gives the browser the chart's height as a function of it, in CSS (a container query per straight piece), and the
 * static drawing takes the box the measured one will have. Nothing moves when the measured chart replaces it.
 */

/** A straight piece of height(width): from `from` px wide (inclusive) to `to` (exclusive), `height` at `from`. */
export interface HeightPiece {
  from: number;
  to: number;
  height: number;
  slope: number;
}

/** The widths the pieces cover, in pixels: a narrow phone's column to a wide screen's. */
export const FLUID_WIDTHS = { from: 240, to: 1600, step: 4 } as const;

/**
 * Fits `heightAt` (sampled every `step` px over [from, to]) with straight pieces, each within `tolerance` px of
 * every sample it spans; a jump (a legend wrapping onto one more row) falls within one step.
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
  while (start < widths.length - 1) {
    let end = start + 1;
    const fits = (j: number) => {
      const slope = (heights[j]! - heights[start]!) / (widths[j]! - widths[start]!);
      for (let i = start + 1; i < j; i++)
        if (Math.abs(heights[start]! + slope * (widths[i]! - widths[start]!) - heights[i]!) > tolerance) return false;
      return true;
    };
    while (end + 1 < widths.length && fits(end + 1)) end++;
    pieces.push({
      from: widths[start]!,
      to: widths[end]!,
      height: heights[start]!,
      slope: (heights[end]! - heights[start]!) / (widths[end]! - widths[start]!),
    });
    start = end;
  }
  return pieces;
}

const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/**
 * The CSS that sizes `selector` inside the container `container` (a `container-name` with an inline size) by
 * the pieces: the first reaches down to any narrower width and the last up to any wider one.
 */
export function heightPiecesCss(container: string, selector: string, pieces: readonly HeightPiece[]): string {
  return pieces
    .map((p, i) => {
      const lower = i === 0 ? "" : `(width >= ${p.from}px)`;
      const upper = i === pieces.length - 1 ? "" : `(width < ${p.to}px)`;
      const query = [lower, upper].filter(Boolean).join(" and ") || "(width >= 0px)";
      const slope = Math.round(p.slope * 1e5) / 1e5;
      return `@container ${container} ${query}{${selector}{height:calc(${px(p.height)} + (100cqw - ${p.from}px) * ${slope})}}`;
    })
    .join("");
}
