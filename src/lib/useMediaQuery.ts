import { useCallback } from "react";
import { useBrowserStore } from "./useHydrating";

const matches = (query: string) => typeof window.matchMedia === "function" && window.matchMedia(query).matches;

/**
 * Whether a CSS media query matches, kept up to date as it changes. Read in the browser only: on the
 * server, and in the first render that hydrates its page, it is false.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== "function") return () => {};
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useBrowserStore(
    subscribe,
    () => matches(query),
    () => false,
  );
}
