/** The width in pixels of a line of text at a font size; `bold` for the heavier weight. */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

// Per-character widths in em for a generic sans-serif, rounded up so an estimate errs wide:
// a label the layout thinks is too long is only left out, one it thinks is short would overlap.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const EM = { wide: 1, upper: 0.68, digit: 0.58, narrow: 0.3, space: 0.3, other: 0.56 } as const;
const BOLD_FACTOR = 1.07;

/** A font-independent estimate of a text's width, for tests and for browsers without a canvas. */
export const estimateWidth: Measure = (text, fontSize, bold = false) => {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += EM.wide;
    else if (ch === " ") em += EM.space;
    else if (/[0-9]/.test(ch)) em += EM.digit;
    else if (/[iljtfrI.,:;'’()|!-]/.test(ch)) em += EM.narrow;
    else if (ch !== ch.toLowerCase()) em += EM.upper;
    else em += EM.other;
  }
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
};

/** Room kept beyond the measured width, for rounding and sub-pixel text rendering. */
const MEASURE_SLACK = 2;

/**
 * Measures with the page's own font through a canvas, which is what the SVG text will use; falls
 * back to the estimate where there is no canvas (tests, the server, very old browsers) or no font yet.
 */
export function canvasMeasure(fontFamily: string): Measure {
  if (!fontFamily || typeof OffscreenCanvas === "undefined") return estimateWidth;
  const context = new OffscreenCanvas(1, 1).getContext("2d");
  if (!context) return estimateWidth;
  const cache = new Map<string, number>();
  return (text, fontSize, bold = false) => {
    const font = `${bold ? 700 : 400} ${fontSize}px ${fontFamily}`;
    const key = `${font}|${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    context.font = font;
    const width = context.measureText(text).width + MEASURE_SLACK;
    cache.set(key, width);
    return width;
  };
}
