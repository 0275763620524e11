import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { AppShell } from "../src/app/AppShell";
import { FIXTURES } from "./fixtures/datasets";

export type FakeResponse = { status: number; body: string } | "network-error";

/** Serves the fixtures at /data/<name>.json; `overrides` replaces a file (by dataset name) with a broken one. */
export function stubDataFetch(overrides: Record<string, FakeResponse> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const name = /\/data\/([a-z]+)\.json$/.exec(url)?.[1] ?? "";
    const override = overrides[name];
    if (override === "network-error") throw new TypeError("Failed to fetch");
    if (override) return new Response(override.body, { status: override.status });
    const fixture = (FIXTURES as Record<string, unknown>)[name];
    if (!fixture) return new Response("not found", { status: 404 });
    return new Response(JSON.stringify(fixture), { status: 200, headers: { "Content-Type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** Renders a page inside the app's providers with a fresh QueryClient that does not retry. */
export function renderApp(ui: ReactNode, { search = "" }: { search?: string } = {}) {
  window.history.replaceState(null, "", `/${search ? `?${search}` : ""}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  // Errors a view's boundary catches are part of what the tests check; keep them out of the log.
  return { client, ...render(<AppShell client={client}>{ui}</AppShell>, { onCaughtError: () => {} }) };
}
