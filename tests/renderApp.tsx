import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { AppShell } from "../src/app/AppShell";

/** Renders a page inside the app's providers with a fresh QueryClient that does not retry. */
export function renderApp(ui: ReactNode, { search = "" }: { search?: string } = {}) {
  window.history.replaceState(null, "", `/${search ? `?${search}` : ""}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  // Errors a view's boundary catches are part of what the tests check; keep them out of the log.
  return { client, ...render(<AppShell client={client}>{ui}</AppShell>, { onCaughtError: () => {} }) };
}

/**
 * Imports the four views' code ahead of a file's tests. The first import of a view transforms d3 and the view's
 * modules, which on a busy two-core machine can take longer than a test waits for text to appear; a test is about
 * what the page shows once its code is in, so that cost is paid here, with time of its own.
 */
export function warmViewCode(): Promise<unknown> {
  return Promise.all([
    import("../src/views/trade/TradeView"),
    import("../src/views/investment/InvestmentView"),
    import("../src/views/timeline/TimelineView"),
    import("../src/views/map/MapView"),
  ]);
}

/** How long warming the views' code may take. */
export const WARM_TIMEOUT = 120_000;
