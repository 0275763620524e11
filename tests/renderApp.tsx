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
