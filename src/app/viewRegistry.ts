import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { VIEW_INFO, type ViewId, type ViewInfo } from "./views";

export { VIEW_IDS, isViewId, type ViewId } from "./views";

export interface ViewSpec extends ViewInfo {
  /** Loaded on demand, so an embed downloads only its own view. */
  Component: LazyExoticComponent<ComponentType>;
}

/** A view's info with its component, loaded by `load` (an `import()` the bundler splits into its own chunk). */
function view(id: ViewId, load: () => Promise<ComponentType>): ViewSpec {
  return { ...VIEW_INFO[id], Component: lazy(() => load().then((Component) => ({ default: Component }))) };
}

/** The one registry of views: the pages compose from it; views never import each other. */
export const VIEWS: Record<ViewId, ViewSpec> = {
  trade: view("trade", () => import("../views/trade/TradeView").then((m) => m.TradeView)),
  investment: view("investment", () => import("../views/investment/InvestmentView").then((m) => m.InvestmentView)),
  timeline: view("timeline", () => import("../views/timeline/TimelineView").then((m) => m.TimelineView)),
  map: view("map", () => import("../views/map/MapView").then((m) => m.MapView)),
};
