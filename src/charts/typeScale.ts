/**
 * The type scale of every chart, from the font its container is set in. The page's text is at most
 * 18 px on a laptop and at least 16 px on a phone (tokens.css, --text-base); larger than that means a
 * big screen (base.css raises the root size), the projector theme or /present, and the chart's labels,
 * marks and height grow in proportion. One function, so the four views agree.
 */
export const LAPTOP_TEXT_PX = 18;

export function typeScaleOf(fontSizePx: number): number {
  return Number.isFinite(fontSizePx) && fontSizePx > LAPTOP_TEXT_PX ? fontSizePx / LAPTOP_TEXT_PX : 1;
}
