import type { FetchQueryOptions, QueryClient } from "@tanstack/react-query";
import { FILE_QUERIES, isDataFileName } from "./fileQueries";
import type { LanguageNeeds } from "../lib/LocaleProvider";
import { dataLanguage } from "./inLanguage";

/**
 * The files a page has read in one language and would read again in another (data/<lang>/<file>.json), from the
 * query cache: a change of language downloads the page's files in the new language before showing it, so no view
 * falls back to its loading state in between.
 */
export function filesInLanguage(client: QueryClient): LanguageNeeds {
  const needed = (to: string, from: string) => {
    if (dataLanguage(to) === dataLanguage(from)) return [];
    return client
      .getQueryCache()
      .findAll({
        queryKey: ["dataset"],
        predicate: (query) => query.state.status === "success" && query.queryKey[2] === dataLanguage(from),
      })
      .map((query) => String(query.queryKey[1]))
      .filter(isDataFileName)
      .map((name) => FILE_QUERIES[name](to) as FetchQueryOptions);
  };
  return {
    // Whether every file the page has read in `from` is in the cache in `to` too.
    has: (to, from) => needed(to, from).every((query) => client.getQueryState(query.queryKey)?.status === "success"),
    // Fetches them; rejects when one fails.
    load: (to, from) => Promise.all(needed(to, from).map((query) => client.fetchQuery(query))),
  };
}
