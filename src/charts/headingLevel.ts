import { createContext, useContext } from "react";

export type HeadingRank = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The rank of the heading that titles the view around a component: h1 when the view stands alone (an embed),
 * h2 on the dashboard and a slide, h3 under a handout step's title. A view's own headings sit one or two ranks
 * below it, so the page's outline never skips a rank, wherever the view is placed.
 */
export const HeadingLevel = createContext<HeadingRank>(2);

/** The rank for a heading `depth` levels below the view's title (h6 at most). */
export function useHeadingRank(depth: 1 | 2): HeadingRank {
  return Math.min(6, useContext(HeadingLevel) + depth) as HeadingRank;
}
