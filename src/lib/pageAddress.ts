import { LANGUAGE_CODES } from "./i18n";
import { parseState, SHARED_URL_KEYS } from "./urlState";

const DEFAULT_LANGUAGE = LANGUAGE_CODES[0] ?? "en";

/**
 * The address of one of the site's pages, for a link that leaves the page: `path` under `root` ("embed/trade/",
 * "present/", "" for the dashboard), in the language `params` names. A page in a language other than the default is
 * prerendered under /<lang>/, so the link leads there, where it paints in that language before any script runs, and
 * `lang` leaves the query; the default language's pages are at the root, and keep a `lang` they were given (an
 * English link made on a Chinese page says so, so the reader's browser language does not override it).
 * `root` ends in "/": the site's address and base path, or only the base path for a link within the site.
 */
export function pageAddress(root: string, path: string, params: URLSearchParams | string = "", hash = ""): string {
  const query = new URLSearchParams(params);
  const { lang } = parseState(SHARED_URL_KEYS, query.toString(), { languages: LANGUAGE_CODES });
  let prefix = "";
  if (lang !== DEFAULT_LANGUAGE) {
    prefix = `${lang}/`;
    query.delete("lang");
    query.delete("language");
  }
  const search = query.toString();
  return `${root}${prefix}${path}${search ? `?${search}` : ""}${hash}`;
}

/**
 * A query naming `lang` for a link to a page in it: none for the default language, whose pages are at the root (a
 * reader on an English page either chose English, which the site remembers, or reads in it by default).
 */
export function languageQuery(lang: string, rest: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams(lang === DEFAULT_LANGUAGE ? rest : { ...rest, lang });
}

/** The language of a path under `base` when its first segment names one: "/zh/embed/x" → "zh"; else null. */
export function pathLanguage(pathname: string, base: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const first = pathname.slice(base.length).split("/")[0] ?? "";
  return LANGUAGE_CODES.includes(first) && first !== DEFAULT_LANGUAGE ? first : null;
}
