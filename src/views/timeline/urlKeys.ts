import { defineKeys, oneOf, slugList, slugOrNull, type ViewUrlState } from "../../lib/urlState";

/** Drawn on a time axis, or as a list. */
export const LAYOUTS = ["chart", "list"] as const;
export type LayoutChoice = (typeof LAYOUTS)[number];

/**
 * The timeline's URL keys: the selected event's id, the categories shown (none means all), the
 * partnership era zoomed into (a level's id), and chart or list.
 */
export const TIMELINE_URL_KEYS = defineKeys({
  event: slugOrNull,
  cats: slugList,
  era: slugOrNull,
  layout: oneOf(LAYOUTS, "chart"),
});

export type TimelineUrlState = ViewUrlState<typeof TIMELINE_URL_KEYS>;
