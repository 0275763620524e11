import type { PluginOption } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { webManifest } from "./webManifest.ts";

/** What the service worker precaches: every page, script, style, dataset, the map geometry and the icons. */
export const PRECACHE_GLOBS = ["**/*.{html,js,css,json,svg,png}"];
/** Served but never needed to read the site: oEmbed discovery files and the datasets' JSON Schemas. */
export const PRECACHE_IGNORES = ["**/oembed.json", "data/schema/**"];

/**
 * The site's service worker (Workbox, generated at build time) and web app manifest. After one visit every page
 * opens with no network: the worker answers from its precache, scoped to the base path. A new version waits
 * until the reader chooses to reload (src/app/offline/), so a lesson is never reloaded under the teacher.
 */
export function offline(root = process.cwd()): PluginOption {
  return VitePWA({
    strategies: "generateSW",
    // Workbox's production runtime (no logging), whatever NODE_ENV the build inherits, e.g. "test" from a test runner.
    mode: "production",
    registerType: "prompt",
    // Registered by src/app/offline/registerServiceWorker.ts after the page has loaded, not by an injected script.
    injectRegister: false,
    manifest: webManifest(root),
    // The icons are in dist/ and matched by PRECACHE_GLOBS; listing them twice would make two precache entries.
    includeManifestIcons: false,
    workbox: {
      globPatterns: PRECACHE_GLOBS,
      globIgnores: PRECACHE_IGNORES,
      // Every page is a real file in the precache; no single-page fallback that would answer unknown paths with a page.
      navigateFallback: null,
      // /present/?step=2 is answered with present/index.html: the query string is the page's state, not another file.
      ignoreURLParametersMatching: [/.*/],
      directoryIndex: "index.html",
      cleanupOutdatedCaches: true,
      // No skipWaiting: a new version waits for the reader's "Reload".
      skipWaiting: false,
      // The first version takes over the pages already open, so the tab of the first visit loads every later step's
      // code from the saved copy too, offline. (An update takes over open pages only after "Reload".)
      clientsClaim: true,
      // One file: the worker and the Workbox runtime it runs.
      inlineWorkboxRuntime: true,
    },
  });
}
