import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { MessageKey } from "../lib/i18n";

export const VIEW_IDS = ["trade", "investment", "timeline", "map"] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewSpec {
  id: ViewId;
  titleKey: MessageKey;
  subtitleKey: MessageKey;
  /** The height the view takes once drawn, held while it loads. */
  minHeight: number;
  /** Loaded on demand, so an embed downloads only its own view. */
  Component: LazyExoticComponent<ComponentType>;
}

/** The one registry of views: the pages compose from it; views never import each other. */
export const VIEWS: Record<ViewId, ViewSpec> = {
  trade: {
    id: "trade",
    titleKey: "view.trade.title",
    subtitleKey: "view.trade.subtitle",
    minHeight: 260,
    Component: lazy(() => import("../views/trade/TradeView").then((m) => ({ default: m.TradeView }))),
  },
  investment: {
    id: "investment",
    titleKey: "view.investment.title",
    subtitleKey: "view.investment.subtitle",
    // The drawn view at 1280 px, in two columns (about 2,700 px); narrower, it is taller still, so the skeleton never overshoots.
    minHeight: 2600,
    Component: lazy(() => import("../views/investment/InvestmentView").then((m) => ({ default: m.InvestmentView }))),
  },
  timeline: {
    id: "timeline",
    titleKey: "view.timeline.title",
    subtitleKey: "view.timeline.subtitle",
    minHeight: 1000,
    Component: lazy(() => import("../views/timeline/TimelineView").then((m) => ({ default: m.TimelineView }))),
  },
  map: {
    id: "map",
    titleKey: "view.map.title",
    subtitleKey: "view.map.subtitle",
    minHeight: 780,
    Component: lazy(() => import("../views/map/MapView").then((m) => ({ default: m.MapView }))),
  },
};

export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}
