import { queryOptions } from "@tanstack/react-query";
import type { GeographyFile } from "./schemas/geography";
import type { DatasetContents, DatasetName } from "./datasets";
import { fetchDataset } from "./fetchDataset";
import { dataLanguage } from "./inLanguage";
import { DATASET_NAMES, SERVED_FILES, servedPath, type DataFileName } from "./servedFiles";

// The files are static, so they never go stale within a visit.
// The queryFn does not take the abort signal on purpose: a view that unmounts mid-load (StrictMode,
// a quick scroll) should not cancel a download the next view will want.
// networkMode "always": fetch even when the browser says it is offline, since the service worker's saved copy answers
// then (TanStack Query would otherwise wait for a network); with no copy, the view says the device is offline.
const STATIC = {
  staleTime: Infinity,
  gcTime: Infinity,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  networkMode: "always",
} as const;

/** What each file holds once checked, as a page in one language reads it. */
type Contents = DatasetContents & { geography: GeographyFile };

/**
 * The query for one file as a page in `lang` reads it, each text in that language: keyed by the file it reads
 * (["dataset", name], and the language where the file has texts to translate), fetched once and checked against the
 * file's schema.
 */
export function fileQuery<N extends DataFileName>(name: N, lang = "en") {
  return queryOptions({
    queryKey: ["dataset", name, ...(SERVED_FILES[name].translated ? [dataLanguage(lang)] : [])],
    queryFn: () => fetchDataset(servedPath(name, lang), name) as Promise<Contents[N]>,
    ...STATIC,
  });
}

// One factory per dataset, so a component names the data it reads.
export const tradeQuery = (lang: string) => fileQuery("trade", lang);
export const investmentQuery = (lang: string) => fileQuery("investment", lang);
export const timelineQuery = (lang: string) => fileQuery("timeline", lang);
export const placesQuery = (lang: string) => fileQuery("places", lang);
// The sources are cited as published, in their own languages: one file for every page language.
export const sourcesQuery = () => fileQuery("sources");

/** Every dataset's factory by name, for pages that load datasets by name (the presentation's steps). */
export const DATASET_QUERIES = {
  trade: tradeQuery,
  investment: investmentQuery,
  timeline: timelineQuery,
  places: placesQuery,
  sources: sourcesQuery,
} as const satisfies Record<DatasetName, (lang: string) => unknown>;

/** The dataset files the site serves, for download links. */
export const DATASET_FILES = DATASET_NAMES;
