import type { DataFileName } from "../data/servedFiles";
import type { MessageKey } from "../lib/i18n";

/** A file the pages read: a dataset or the map's geometry (src/data/servedFiles.ts). */
export type { DataFileName };

// The React-free half of the view registry: plain data that the build (the HTML pages), the tests and the
// benchmark import in Node. The lazy components are added in viewRegistry.ts.

export const VIEW_IDS = ["trade", "investment", "timeline", "map"] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewInfo {
  id: ViewId;
  titleKey: MessageKey;
  /** What the view shows, under its title; also the description of its embed page. */
  subtitleKey: MessageKey;
  /** The height the view takes once drawn, held while it loads. */
  minHeight: number;
  /**
   * Every file the view reads, its own and those that enrich it: all are in the client's cache before the
   * prerendered view hydrates, so it draws what the server drew.
   */
  datasets: readonly DataFileName[];
}

/** Each view's id, catalog keys and reserved height. */
export const VIEW_INFO: Record<ViewId, ViewInfo> = {
  trade: {
    id: "trade",
    titleKey: "view.trade.title",
    subtitleKey: "view.trade.subtitle",
    minHeight: 260,
    datasets: ["trade", "timeline", "sources"],
  },
  investment: {
    id: "investment",
    titleKey: "view.investment.title",
    subtitleKey: "view.investment.subtitle",
    // The drawn view at 1280 px, in two columns (about 2,700 px); narrower, it is taller still, so the skeleton never overshoots.
    minHeight: 2600,
    datasets: ["investment", "sources"],
  },
  timeline: {
    id: "timeline",
    titleKey: "view.timeline.title",
    subtitleKey: "view.timeline.subtitle",
    minHeight: 1000,
    datasets: ["timeline", "sources"],
  },
  map: {
    id: "map",
    titleKey: "view.map.title",
    subtitleKey: "view.map.subtitle",
    minHeight: 780,
    datasets: ["places", "geography", "sources"],
  },
};

export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}

/** The id of each view's slot on the dashboard, which the view navigation links to. */
export const viewAnchor = (id: ViewId) => `view-${id}`;
