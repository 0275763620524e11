import type { ComponentType } from "react";
import { wantParts } from "../lib/i18n";
import { composeKeys, type UrlKeys } from "../lib/urlState";
import { INVESTMENT_URL_KEYS } from "../views/investment/urlKeys";
import { MAP_URL_KEYS } from "../views/map/urlKeys";
import { TIMELINE_URL_KEYS } from "../views/timeline/urlKeys";
import { TRADE_URL_KEYS } from "../views/trade/urlKeys";
import { retryableLazy, type RetryableComponent } from "./offline/retryableLazy";
import { VIEW_IDS, VIEW_INFO, type ViewId, type ViewInfo } from "./views";

export { VIEW_IDS, isViewId, type ViewId } from "./views";

// A view has two entry points the app may import: its component and its URL keys (`src/views/<view>/urlKeys.ts`).

export interface ViewSpec<K extends UrlKeys = UrlKeys> extends ViewInfo {
  /** The URL keys the view owns, beside the shared ones (lang, theme, year, step). */
  urlKeys: K;
  /** Loaded on demand, so an embed downloads only its own view; a failed download can be retried. */
  Component: RetryableComponent<object>;
}

/**
 * A view's info with its URL keys and its component, loaded by `load` (an `import()` the bundler splits into its own
 * chunk), the module's export `exportName`, together with the view's part of the catalog (src/i18n/parts.ts).
 */
function view<K extends UrlKeys>(id: ViewId, urlKeys: K, load: () => Promise<ComponentType>, exportName: string): ViewSpec<K> {
  const withText = () => Promise.all([load(), wantParts(id)]).then(([component]) => component);
  return { ...VIEW_INFO[id], urlKeys, Component: retryableLazy(withText, undefined, exportName) };
}

/** The one registry of views: the pages compose from it; views never import each other. */
export const VIEWS = {
  trade: view("trade", TRADE_URL_KEYS, () => import("../views/trade/TradeView").then((m) => m.TradeView), "TradeView"),
  investment: view(
    "investment",
    INVESTMENT_URL_KEYS,
    () => import("../views/investment/InvestmentView").then((m) => m.InvestmentView),
    "InvestmentView",
  ),
  timeline: view("timeline", TIMELINE_URL_KEYS, () => import("../views/timeline/TimelineView").then((m) => m.TimelineView), "TimelineView"),
  map: view("map", MAP_URL_KEYS, () => import("../views/map/MapView").then((m) => m.MapView), "MapView"),
} satisfies Record<ViewId, ViewSpec>;

/** Every view's URL keys together: what a page's URL carries beside the shared keys. */
export const VIEW_URL_KEYS = composeKeys(...VIEW_IDS.map((id) => VIEWS[id].urlKeys));
