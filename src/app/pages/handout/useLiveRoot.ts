import { useSiteRoot } from "../../../lib/useSiteRoot";

/** The site's public address the build was given (SITE_URL, see vite.config.ts); "" when it has none. */
const SITE_URL: string = typeof import.meta.env.VITE_SITE_URL === "string" ? import.meta.env.VITE_SITE_URL : "";

/**
 * Where the live site is, for links printed on paper: the build's public address when it has one (a page
 * printed from a copy on a laptop still leads to the public site), else this page's origin and base path;
 * "" on the server without SITE_URL, where the caller waits.
 */
export function useLiveRoot(): string {
  const here = useSiteRoot();
  return SITE_URL || here;
}
