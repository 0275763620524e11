import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from "react";
import { LANGUAGE_CODES } from "./i18n";
import { parseState, serializeState, type UrlState, type UrlStateOptions } from "./urlState";

export const URL_OPTIONS: UrlStateOptions = { languages: LANGUAGE_CODES };

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
 * entry, for moves the Back button should undo (a presentation's steps).
 */
export function writeUrlState(patch: Partial<UrlState>, { push = false }: { push?: boolean } = {}): void {
  const next = { ...parseState(window.location.search, URL_OPTIONS), ...patch };
  const query = serializeState(next, URL_OPTIONS).toString();
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
export const UrlPresetContext = createContext<Partial<UrlState> | null>(null);

/** The shared URL state (with any preset over it) and a setter that merges a patch into it. */
export function useUrlState(): [UrlState, (patch: Partial<UrlState>) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => "");
  const preset = useContext(UrlPresetContext);
  const state = useMemo(() => ({ ...parseState(search, URL_OPTIONS), ...preset }), [search, preset]);
  const update = useCallback((patch: Partial<UrlState>) => writeUrlState({ ...preset, ...patch }), [preset]);
  return [state, update];
}
