/**
 * The type scale of every chart, from the font its container is set in. The page's text is at most
 * 18 px on a laptop and at least 16 px on a phone (tokens.css, --text-base); larger than that means a
 * big screen (base.css raises the root size), the projector theme or /present, and the chart's labels,
 * marks and height grow in proportion. One function, so the four views agree.
 */
export const LAPTOP_TEXT_PX = 18;

/**
 * The CSS property that sets the font size at which a chart draws at scale 1, where a page wants its
 * charts' small print larger than usual beside its text: /present sets 16, so a chart's smallest label
 * (11–12 px at scale 1) is never smaller than about 70% of the slide's text.
 */
export const TYPE_SCALE_BASE_PROPERTY = "--type-scale-base";

export function typeScaleOf(fontSizePx: number, basePx: number = LAPTOP_TEXT_PX): number {
  const base = Number.isFinite(basePx) && basePx > 0 ? basePx : LAPTOP_TEXT_PX;
  return Number.isFinite(fontSizePx) && fontSizePx > base ? fontSizePx / base : 1;
}
