import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from "react";
import { LANGUAGE_CODES } from "./i18n";
import {
  composeKeys,
  defineKeys,
  parseState,
  serializeState,
  withShared,
  type SharedUrlState,
  type UrlKeys,
  type UrlStateOptions,
  type ViewUrlState,
} from "./urlState";

export const URL_OPTIONS: UrlStateOptions = { languages: LANGUAGE_CODES };

/**
 * Sets the language of the page being shown (its <html lang> as prerendered: /zh/… is Chinese), which an address
 * without `lang` shows. Called once, before the first render: by main.tsx in the browser, per page by the prerender.
 */
export function setPageLanguage(lang: string): void {
  if (lang !== LANGUAGE_CODES[0] && LANGUAGE_CODES.includes(lang)) URL_OPTIONS.pageLanguage = lang;
  else delete URL_OPTIONS.pageLanguage;
}

const NO_VIEW_KEYS = defineKeys({});

/**
 * The view keys a page's URL carries beside the shared ones: every view's, from the app's view registry.
 * A change written by one view keeps the others' keys, and a link made from any view keeps them all.
 */
export const UrlKeysContext = createContext<UrlKeys>(NO_VIEW_KEYS);

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const getSearch = () => window.location.search;

/**
 * Writes a new state into the address bar without a reload: in place, or (`push`) as a new history
 * entry, for moves the Back button should undo (a presentation's steps). `keys` are the view keys the
 * address carries; the shared keys are always written.
 */
export function writeUrlState<K extends UrlKeys>(
  keys: K,
  patch: Partial<ViewUrlState<K>>,
  { push = false }: { push?: boolean } = {},
): void {
  const all = withShared(keys);
  const next = { ...parseState(all, window.location.search, URL_OPTIONS), ...patch };
  const query = serializeState(all, next, URL_OPTIONS).toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (push) window.history.pushState(window.history.state, "", url);
  else window.history.replaceState(window.history.state, "", url);
  for (const listener of listeners) listener();
}

/**
 * View state a page shows over what the address says, without writing it there (a presentation
 * step's preset, for a link that names only the step): opening a link never rewrites the address.
 * The reader's first change writes the preset along with it, so what they see stays what they get.
 */
export const UrlPresetContext = createContext<Readonly<Record<string, unknown>> | null>(null);

/** The values of `preset` for the keys of `keys` only, so a view reads no key it did not declare. */
function presetFor(preset: Readonly<Record<string, unknown>> | null, keys: UrlKeys): Record<string, unknown> {
  if (!preset) return {};
  return Object.fromEntries(Object.entries(preset).filter(([key]) => Object.hasOwn(keys.specs, key)));
}

/**
 * The shared URL state and a view's own keys (`keys`, declared in its `urlKeys.ts`), typed, with any preset
 * over them; and a setter that merges a patch into the address. Without `keys`, the shared keys alone.
 */
export function useUrlState<K extends UrlKeys = typeof NO_VIEW_KEYS>(
  keys?: K,
): [ViewUrlState<K>, (patch: Partial<ViewUrlState<K>>) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => "");
  const preset = useContext(UrlPresetContext);
  const pageKeys = useContext(UrlKeysContext);
  const own = withShared(keys ?? NO_VIEW_KEYS);
  const state = useMemo(() => ({ ...parseState(own, search, URL_OPTIONS), ...presetFor(preset, own) }), [own, search, preset]);
  // The page's keys and the view's, in case a view is drawn on a page that does not list it (a test).
  const writeKeys = useMemo(() => composeKeys(pageKeys, keys ?? NO_VIEW_KEYS), [pageKeys, keys]);
  const update = useCallback(
    (patch: Partial<ViewUrlState<K>>) => writeUrlState(writeKeys, { ...preset, ...patch } as Partial<ViewUrlState<typeof writeKeys>>),
    [writeKeys, preset],
  );
  return [state as ViewUrlState<K>, update];
}

/**
 * Everything the page's URL carries (with any preset over it, and `patch` over that), as a query string
 * without defaults: for links to the current view elsewhere (the embed code, the citation, the full page).
 */
export function useUrlQuery(patch: Partial<SharedUrlState> = {}): string {
  const search = useSyncExternalStore(subscribe, getSearch, () => "");
  const preset = useContext(UrlPresetContext);
  const all = withShared(useContext(UrlKeysContext));
  const state = { ...parseState(all, search, URL_OPTIONS), ...presetFor(preset, all), ...patch };
  return serializeState(all, state, URL_OPTIONS).toString();
}
