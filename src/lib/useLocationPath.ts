import { useBrowserStore } from "./useHydrating";

const onPopState = (change: () => void) => {
  window.addEventListener("popstate", change);
  return () => window.removeEventListener("popstate", change);
};

/** The page's path as the browser shows it; null on the server, where a page (the 404) does not know its address. */
export function useLocationPath(): string | null {
  return useBrowserStore(
    onPopState,
    () => window.location.pathname,
    () => null,
  );
}
