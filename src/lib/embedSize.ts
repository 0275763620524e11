/**
 * The fixed size an embed snippet gives its iframe where a platform strips the resize script: the full
 * view's height in a column of EMBED_WIDTH px (measured in Chromium; tests/e2e/embedSize.e2e.ts keeps it
 * true). Narrower columns make a view taller: there, the resize script or oEmbed's host sizes the frame.
 */
export const EMBED_WIDTH = 680;

export const EMBED_HEIGHT: Readonly<Record<string, number>> = {
  trade: 1140,
  investment: 2160,
  timeline: 1520,
  map: 1200,
};

/** The snippet's height for a view (the tallest, for a view not listed). */
export const embedHeight = (view: string): number => EMBED_HEIGHT[view] ?? Math.max(...Object.values(EMBED_HEIGHT));
