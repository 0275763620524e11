import { useBrowserStore } from "./useHydrating";

const never = () => () => undefined;

/**
 * The site's root address (origin and base path), for links that leave the page: embed snippets,
 * citations. On the server, where there is no address to read, it is empty and the caller waits.
 */
export function useSiteRoot(): string {
  const origin = useBrowserStore(
    never,
    () => window.location.origin,
    () => "",
  );
  return origin ? new URL(import.meta.env.BASE_URL, origin).href : "";
}
