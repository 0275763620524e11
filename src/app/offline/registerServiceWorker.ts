import { offlineStore, type OfflineStore } from "./offlineStore";

/**
 * Registers the site's service worker (built by vite-plugin-pwa, scripts/offlinePlugin.ts) once the page has
 * loaded, so it never competes with the first paint; only in a production-mode build and where service workers exist.
 * The registration code and workbox-window are loaded then too, in their own chunk.
 * A new version never reloads the page by itself: the store shows the update notice, and the page reloads only
 * after the reader's "Reload" in this tab (another tab's "Reload" leaves this one as it is).
 */
export function registerServiceWorker(store: OfflineStore = offlineStore): void {
  // The build's mode, not PROD: PROD follows NODE_ENV, which a build started from a test runner inherits ("test").
  if (import.meta.env.MODE !== "production" || typeof window === "undefined" || !("serviceWorker" in navigator)) return;
  const start = () => {
    void import("virtual:pwa-register").then(({ registerSW }) => {
      let reloadAsked = false;
      let registration: ServiceWorkerRegistration | undefined;
      const activateWaiting = registerSW({
        immediate: true,
        // Saved; ready once the worker is active and answers this page's requests.
        onOfflineReady: () => void navigator.serviceWorker.ready.then(() => store.set({ ready: true })),
        onNeedRefresh: () => store.set({ updateWaiting: true }),
        // The waiting version has taken over: reload only if this tab asked for it.
        onNeedReload: () => {
          if (reloadAsked) window.location.reload();
        },
        // A worker already active (a later visit) has everything saved.
        onRegisteredSW: (_url, registered) => {
          registration = registered;
          if (registered?.active) store.set({ ready: true });
        },
        onRegisterError: (error: unknown) => console.warn("[silk-road-ledger] the offline copy could not be set up", error),
      });
      store.onApplyUpdate(() => {
        reloadAsked = true;
        // A page the old version never controlled (the first visit) has nothing to wait for: the new version is
        // already active, and a reload opens the page with it.
        if (registration?.waiting) void activateWaiting();
        else window.location.reload();
      });
    });
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
