import { pathLanguage } from "../lib/pageAddress";

/** The part of a path after "<base>embed/" or "<base><lang>/embed/", if the path is under it: "/zh/embed/foo/" → "foo". */
export function embedNameFrom(pathname: string, base: string): string | null {
  const lang = pathLanguage(pathname, base);
  const prefix = lang ? `${base}${lang}/embed/` : `${base}embed/`;
  if (!pathname.startsWith(prefix)) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    rest = pathname.slice(prefix.length);
  }
  return rest.replace(/\/+$/, "").split("/")[0] ?? "";
}
