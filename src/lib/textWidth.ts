/** The width in pixels of a line of text at a font size; `bold` for the heavier weight. */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

// Per-character widths in em for a generic sans-serif, rounded up so an estimate errs wide:
// a label the layout thinks is too long is only left out, one it thinks is short would overlap.
const EM = { wide: 1, upper: 0.68, digit: 0.58, narrow: 0.3, space: 0.3, other: 0.56 } as const;
const BOLD_FACTOR = 1.07;
/** Code point ranges set a full em wide: Hangul, CJK, fullwidth forms. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
];
const NARROW = new Set("iljtfrI.,:;'’()|!-");

function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (WIDE_RANGES.some(([from, to]) => code >= from && code <= to)) return EM.wide;
  if (ch === " ") return EM.space;
  if (code >= 0x30 && code <= 0x39) return EM.digit;
  if (NARROW.has(ch)) return EM.narrow;
  if (ch !== ch.toLowerCase()) return EM.upper;
  return EM.other;
}

/** Each character's width, by code point, worked out once: layouts estimate thousands of labels as a page starts. */
const charEms = new Map<number, number>();

/** A text's width in em, by text: layouts ask for the same labels many times over (wrapping, fitting, collision). */
const emCache = new Map<string, number>();
const EM_CACHE_SIZE = 5000;

function textEm(text: string): number {
  const hit = emCache.get(text);
  if (hit !== undefined) return hit;
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    let width = charEms.get(code);
    if (width === undefined) charEms.set(code, (width = charEm(ch)));
    em += width;
  }
  if (emCache.size >= EM_CACHE_SIZE) emCache.clear();
  emCache.set(text, em);
  return em;
}

/** A font-independent estimate of a text's width, for tests and for browsers without a canvas. */
export const estimateWidth: Measure = (text, fontSize, bold = false) => textEm(text) * fontSize * (bold ? BOLD_FACTOR : 1);

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
