import { afterEach, describe, expect, it, vi } from "vitest";
import { canvasMeasure, estimateWidth } from "./textWidth";

describe("estimateWidth", () => {
  it("grows with the text and the font size, more for bold", () => {
    expect(estimateWidth("Strategic partnership", 16)).toBeGreaterThan(estimateWidth("Strategic", 16));
    expect(estimateWidth("Strategic", 20)).toBeCloseTo(estimateWidth("Strategic", 10) * 2);
    expect(estimateWidth("Strategic", 16, true)).toBeGreaterThan(estimateWidth("Strategic", 16));
  });

  it("counts a Chinese character as a full em", () => {
    expect(estimateWidth("战略伙伴关系", 10)).toBe(60);
  });
});

describe("canvasMeasure", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A canvas whose text is 10 px a character, recording the fonts it is asked for. */
  function stubCanvas() {
    const fonts: string[] = [];
    class FakeCanvas {
      getContext() {
        return {
          set font(font: string) {
            fonts.push(font);
          },
          measureText: (text: string) => ({ width: text.length * 10 }),
        };
      }
    }
    vi.stubGlobal("OffscreenCanvas", FakeCanvas);
    return fonts;
  }

  it("measures through a canvas in the given font, size and weight, with room to spare", () => {
    const fonts = stubCanvas();
    const measure = canvasMeasure("Inter, sans-serif");
    expect(measure("Astana", 16, true)).toBe(62);
    expect(measure("Astana", 12)).toBe(62);
    expect(fonts).toEqual(["700 16px Inter, sans-serif", "400 12px Inter, sans-serif"]);
  });

  it("estimates where there is no canvas, or no font to measure in", () => {
    vi.stubGlobal("OffscreenCanvas", undefined);
    expect(canvasMeasure("Inter")("Strategic partnership", 16)).toBe(estimateWidth("Strategic partnership", 16));
    stubCanvas();
    expect(canvasMeasure("")("Strategic partnership", 16, true)).toBe(estimateWidth("Strategic partnership", 16, true));
  });
});
