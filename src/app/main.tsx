import type { FetchQueryOptions } from "@tanstack/react-query";
import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot, type RootOptions } from "react-dom/client";
import { DataError } from "../data/DataError";
import { FILE_QUERIES, isDataFileName } from "../data/fileQueries";
import { loadCatalog } from "../lib/i18n";
import { pathLanguage } from "../lib/pageAddress";
import { openingLanguage, storedLanguage } from "../lib/preferredLanguage";
import { parseState, SHARED_URL_KEYS } from "../lib/urlState";
import { setPageLanguage, URL_OPTIONS } from "../lib/useUrlState";
import { warmIntl } from "../lib/warmIntl";
import { AppShell } from "./AppShell";
import { holdHydration, releaseHydrationHolds, stepHoldKey, whenWanted } from "./hydration";
import { registerServiceWorker } from "./offline/registerServiceWorker";
import { createQueryClient } from "./queryClient";
import { preloadPage } from "./pageCode";
import { Router } from "./Router";
import { isViewId, VIEW_INFO } from "./views";
import "./styles/tokens.css";
import "./styles/base.css";

const root = document.getElementById("root");
if (root) {
  const client = createQueryClient();
  const app = (
    <StrictMode>
      <AppShell client={client}>
        <Router page={document.body.dataset.page ?? "dashboard"} embed={document.body.dataset.embed ?? null} />
      </AppShell>
    </StrictMode>
  );
  const options: RootOptions = {
    // A view's error boundary shows the failure to the reader; the console gets a warning, not an error.
    onCaughtError: (error) => console.warn(`[silk-road-ledger] ${message(error)}`),
    // A part React drew afresh instead of hydrating it: because its file failed (its view says so) or, a defect,
    // because the browser's render differed from the prerendered one.
    onRecoverableError: (error) => {
      releaseHydrationHolds();
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      if (cause instanceof DataError) console.warn(`[silk-road-ledger] ${message(cause)}`);
      else console.error(error);
    },
  };
  // The language the page was prerendered in (/zh/… in Chinese): what it shows when the address names none.
  const pageLanguage = document.documentElement.lang;
  setPageLanguage(pageLanguage);
  warmIntl(pageLanguage);
  // A default-language page whose address names no language opens in the reader's earlier choice or the browser's
  // language, written into the address (so a link copied from it keeps it) before anything reads the address.
  // Embeds do not guess, nor does a page in a language of its own.
  if (!document.body.dataset.embed && pageLanguage === URL_OPTIONS.languages[0]) openInPreferredLanguage();
  // The page's language, loaded before the first render: the page is drawn in it, never in English first.
  const { lang, step } = parseState(SHARED_URL_KEYS, window.location.search, URL_OPTIONS);
  // And the page's own language: the page hydrates in it (the address is read once hydration is done).
  const catalog = Promise.all([loadCatalog(lang), loadCatalog(pageLanguage)]).catch((error: unknown) =>
    console.warn(`[silk-road-ledger] ${message(error)}`),
  );
  // Puts files in the cache, in the page's language (which it hydrates in) and the address's (which it shows
  // next); whether all of them loaded.
  const load = async (files: readonly string[]) => {
    const languages = [...new Set([pageLanguage, lang])];
    const queries = files.filter(isDataFileName).flatMap((name) => languages.map((language) => FILE_QUERIES[name](language)));
    const loads = queries.map((query) => client.fetchQuery(query as FetchQueryOptions));
    return (await Promise.allSettled(loads)).every((result) => result.status === "fulfilled");
  };
  if (root.firstElementChild) {
    // The page was prerendered (scripts/prerenderPlugin.ts) from the files <body data-datasets> names, which its head
    // has begun to fetch: with them in the cache, the first render in the browser draws what the server drew.
    // Its code too: the page's and its first views', so they hydrate at once, in the first pass, and no part of the
    // page is left waiting while the state in the address is applied (which would draw that part afresh).
    const page = document.body.dataset.page ?? "dashboard";
    const drawn = [...root.querySelectorAll<HTMLElement>("[data-view]")].map((element) => element.dataset.view ?? "");
    const code = preloadPage(page, document.body.dataset.embed ?? null, step, drawn);
    void Promise.all([load((document.body.dataset.datasets ?? "").split(" ")), code, catalog]).then(([loaded]) => {
      if (!loaded) {
        // Without the files it was drawn from the page cannot be hydrated: it is drawn afresh, each view saying
        // for itself what failed.
        root.replaceChildren();
        createRoot(root, options).render(app);
        return;
      }
      if (page === "dashboard") {
        // Each view hydrates once it comes near or is reached for, with its own files (hydration.ts).
        for (const section of root.querySelectorAll<HTMLElement>("section[data-view]")) {
          const id = section.dataset.view ?? "";
          if (isViewId(id)) holdHydration(id, whenWanted(section), () => load(VIEW_INFO[id].datasets));
        }
      } else if (page === "handout") {
        // Each step's chart hydrates once its page comes near, or when the handout is printed (HandoutPage); the
        // handout has loaded every file already.
        for (const section of root.querySelectorAll<HTMLElement>("section[data-step]")) {
          holdHydration(stepHoldKey(section.dataset.step ?? ""), whenWanted(section), () => Promise.resolve());
        }
      }
      // As a transition, so that React hydrates in slices and yields to the browser between them (a reader's tap,
      // a paint) rather than in one long task: the prerendered page is on screen and stays so meanwhile.
      startTransition(() => {
        hydrateRoot(root, app, options);
      });
    });
  } else {
    void catalog.then(() => createRoot(root, options).render(app));
  }
}

function openInPreferredLanguage(): void {
  const params = new URLSearchParams(window.location.search);
  if (params.has("lang") || params.has("language")) return;
  // The one page served at an address it was not written for, the 404, speaks the language of the path it is at.
  const lang =
    pathLanguage(window.location.pathname, import.meta.env.BASE_URL) ??
    openingLanguage(storedLanguage(), navigator.languages, URL_OPTIONS.languages);
  if (lang === null || lang === URL_OPTIONS.languages[0]) return;
  params.set("lang", lang);
  window.history.replaceState(window.history.state, "", `${window.location.pathname}?${params.toString()}${window.location.hash}`);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// After the page has loaded, in production builds: saves the whole site for offline use.
registerServiceWorker();
