import { describe, expect, it } from "vitest";
import { heightPieces, heightPiecesCss, type HeightPiece } from "./fluidHeight";

const range = { from: 200, to: 1000, step: 1 };
/** The height the pieces give at `width`: the last piece that starts at or below it, as the CSS does. */
const heightOf = (pieces: readonly HeightPiece[], width: number) => {
  const piece = pieces.findLast((p) => p.from <= width) ?? pieces[0]!;
  return piece.height + piece.slope * (width - piece.from);
};

describe("heightPieces", () => {
  it("fits a straight height with one piece", () => {
    expect(heightPieces((w) => 100 + w / 2, range)).toEqual([{ from: 200, height: 200, slope: 0.5 }]);
  });

  it("fits a height that jumps, steps and bends within half a pixel at every whole width", () => {
    // Linear, a jump of 40 px at 500 px (a legend row more), steps of 20 px every 24 px (a square's size in whole
    // pixels), then flat beyond 900 (a capped size).
    const heightAt = (w: number) => (w < 500 ? 300 + 0.8 * w : w < 900 ? 740 + 20 * Math.floor((w - 500) / 24) : 1060);
    const pieces = heightPieces(heightAt, range);
    expect(pieces.length).toBeLessThanOrEqual(2 + 17 + 1);
    for (let w = 200; w <= 1000; w++) expect(Math.abs(heightOf(pieces, w) - heightAt(w))).toBeLessThanOrEqual(0.5);
  });
});

describe("heightPiecesCss", () => {
  it("writes a rule per piece, each from its width on, the first for any width", () => {
    const css = heightPiecesCss("units", ".chart svg", [
      { from: 200, height: 460, slope: 0.8 },
      { from: 500, height: 740, slope: 0 },
    ]);
    expect(css).toBe(".chart svg{height:calc(460px + (100cqw - 200px) * 0.8)}@container units (width>=500px){.chart svg{height:740px}}");
  });
});
