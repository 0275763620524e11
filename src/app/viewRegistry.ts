import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { VIEW_INFO, type ViewId, type ViewInfo } from "./views";

export { VIEW_IDS, isViewId, type ViewId } from "./views";

export interface ViewSpec extends ViewInfo {
  /** Loaded on demand, so an embed downloads only its own view. */
  Component: LazyExoticComponent<ComponentType>;
}

/** The one registry of views: the pages compose from it; views never import each other. */
export const VIEWS: Record<ViewId, ViewSpec> = {
  trade: {
    ...VIEW_INFO.trade,
    Component: lazy(() => import("../views/trade/TradeView").then((m) => ({ default: m.TradeView }))),
  },
  investment: {
    ...VIEW_INFO.investment,
    Component: lazy(() => import("../views/investment/InvestmentView").then((m) => ({ default: m.InvestmentView }))),
  },
  timeline: {
    ...VIEW_INFO.timeline,
    Component: lazy(() => import("../views/timeline/TimelineView").then((m) => ({ default: m.TimelineView }))),
  },
  map: {
    ...VIEW_INFO.map,
    Component: lazy(() => import("../views/map/MapView").then((m) => ({ default: m.MapView }))),
  },
};
