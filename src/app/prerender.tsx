import type { FetchQueryOptions } from "@tanstack/react-query";
import { StrictMode } from "react";
import { prerender } from "react-dom/static";
import { datasetUrl } from "../data/fetchDataset";
import { DATA_FILE_NAMES, FILE_QUERIES } from "../data/fileQueries";
import { servedPath } from "../data/servedFiles";
import { loadCatalog, wantAllParts } from "../lib/i18n";
import { setPageLanguage } from "../lib/useUrlState";
import { setRenderTime } from "../lib/useToday";
import { AppShell } from "./AppShell";
import { createQueryClient } from "./queryClient";
import { Router } from "./Router";
import type { DataFileName } from "./views";

// The build's entry for prerendering (scripts/prerenderPlugin.ts): the same providers, router, views and compute
// code as the browser's entry (main.tsx), rendered once per page to static HTML with every file in the cache.

export interface PageToRender {
  /** The time the page is drawn at (what "today" is in it), written on its <body> for the browser to hydrate with. */
  renderedAt: number;
  /** What <body data-page> says (scripts/pages.ts). */
  kind: string;
  embed?: string;
  /** The language the page is written in (its <html lang>): what it shows when its address names none. */
  lang: string;
}

/**
 * One page's markup for <div id="root">, drawn from the files the page reads, fetched through `fetch` (which the
 * build answers from the built site). Throws if a file fails to load or validate: a page is never prerendered
 * with an error in place of its facts.
 */
export async function renderPage({ kind, embed, lang, renderedAt }: PageToRender): Promise<string> {
  setRenderTime(renderedAt);
  setPageLanguage(lang);
  // The server draws any page in any language: every part of the catalog.
  await wantAllParts();
  await loadCatalog(lang);
  const client = createQueryClient();
  // Every file, not only those the page loads before it hydrates: a view the dashboard hydrates later is drawn
  // whole all the same, and loads its own files before it hydrates (hydration.ts).
  for (const name of DATA_FILE_NAMES) await client.fetchQuery(FILE_QUERIES[name](lang) as FetchQueryOptions);
  // React would leave a failing part to be drawn in the browser; a build must not ship a page without its facts.
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <AppShell client={client}>
        <Router page={kind} embed={embed ?? null} />
      </AppShell>
    </StrictMode>,
    // Every part inline, in document order: React would otherwise move large parts to the end, behind an inline
    // script that the pages' content security policy refuses.
    { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  if (errors.length > 0) throw errors[0];
  return new Response(prelude).text();
}

/** Where a page in `lang` fetches each file, under the base path: the page's head preloads them. */
export function fileUrls(names: readonly DataFileName[], lang: string): string[] {
  return names.map((name) => datasetUrl(servedPath(name, lang)));
}
