import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { QUIET_ZONE, qrModules } from "./qrModules";

/** Paints the path's rectangles ("M x y h w v1 h-w z") black on white, `scale` pixels a module, with the quiet zone. */
function paint(text: string, scale = 4) {
  const { size, d } = qrModules(text);
  const side = (size + 2 * QUIET_ZONE) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = 0; py < scale; py++)
      for (let px = 0; px < Number(w) * scale; px++) {
        const i = (((Number(y) + QUIET_ZONE) * scale + py) * side + (Number(x) + QUIET_ZONE) * scale + px) * 4;
        pixels.fill(0, i, i + 3);
      }
  }
  return { pixels, side, size, d };
}

describe("qrModules", () => {
  it("draws a code that a reader decodes back to the address", () => {
    const url = "https://ledger.example/ledger/present/?step=7";
    const { pixels, side } = paint(url);
    expect(jsQR(pixels, side, side)?.data).toBe(url);
  });

  it("is one path of whole-module rectangles, the same for the same text", () => {
    const a = qrModules("https://example.org/present/?step=1");
    expect(a).toEqual(qrModules("https://example.org/present/?step=1"));
    // A 40-character address fits version 3 (29 modules) at level M.
    expect(a.size).toBe(29);
    expect(a.d).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(a).not.toEqual(qrModules("https://example.org/present/?step=2"));
  });
});
