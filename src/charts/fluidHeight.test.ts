import { describe, expect, it } from "vitest";
import { heightPieces, heightPiecesCss } from "./fluidHeight";

const range = { from: 200, to: 1000, step: 4 };

describe("heightPieces", () => {
  it("fits a straight height with one piece", () => {
    const pieces = heightPieces((w) => 100 + w / 2, range);
    expect(pieces).toEqual([{ from: 200, to: 1000, height: 200, slope: 0.5 }]);
  });

  it("fits a height that jumps and bends within half a pixel of every sampled width", () => {
    // Linear, a jump of 40 px at 500 px (a legend row more), then flat beyond 800 (a capped size).
    const heightAt = (w: number) => (w < 500 ? 300 + 0.8 * w : 340 + 0.8 * Math.min(w, 800));
    const pieces = heightPieces(heightAt, range);
    expect(pieces.length).toBeLessThanOrEqual(4);
    for (let w = 200; w <= 1000; w += 4) {
      if (w > 496 && w < 500) continue;
      const piece = pieces.find((p) => w >= p.from && w < p.to) ?? pieces.at(-1)!;
      expect(Math.abs(piece.height + piece.slope * (w - piece.from) - heightAt(w))).toBeLessThanOrEqual(0.5);
    }
  });
});

describe("heightPiecesCss", () => {
  it("writes one container query per piece, open-ended at both ends", () => {
    const css = heightPiecesCss("units", ".chart svg", [
      { from: 200, to: 500, height: 460, slope: 0.8 },
      { from: 500, to: 1000, height: 740, slope: 0 },
    ]);
    expect(css).toBe(
      "@container units (width < 500px){.chart svg{height:calc(460px + (100cqw - 200px) * 0.8)}}" +
        "@container units (width >= 500px){.chart svg{height:calc(740px + (100cqw - 500px) * 0)}}",
    );
  });
});
