import { queryOptions } from "@tanstack/react-query";
import type { $ZodType } from "zod/v4/core";
import { DATASET_NAMES, DATASETS, datasetPath, isTranslated, type DatasetName, type DatasetSpec } from "./datasets";
import { fetchDataset } from "./fetchDataset";
import { dataLanguage } from "./inLanguage";
import { inLanguageSchema } from "./schemas/inLanguageSchema";

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

/** The query for one static file as it is: keyed ["dataset", name], fetched once and validated against its schema. */
export function fileQuery<S extends $ZodType>(name: string, { file, schema }: DatasetSpec<S>) {
  return queryOptions({ queryKey: ["dataset", name], queryFn: () => fetchDataset(file, schema), ...STATIC });
}

/**
 * The query for one dataset as a page in `lang` reads it, each text in that language: keyed by the file it reads,
 * fetched once and validated against the dataset's schema with each text in one language.
 */
export function datasetQuery<S extends $ZodType>(name: string, spec: DatasetSpec<S>, lang: string) {
  const path = datasetPath(spec, lang);
  return queryOptions({
    queryKey: ["dataset", name, ...(isTranslated(spec) ? [dataLanguage(lang)] : [])],
    queryFn: () => fetchDataset(path, inLanguageSchema(spec.schema)),
    ...STATIC,
  });
}

// One factory per dataset, so a component names the data it reads.
export const tradeQuery = (lang: string) => datasetQuery("trade", DATASETS.trade, lang);
export const investmentQuery = (lang: string) => datasetQuery("investment", DATASETS.investment, lang);
export const timelineQuery = (lang: string) => datasetQuery("timeline", DATASETS.timeline, lang);
export const placesQuery = (lang: string) => datasetQuery("places", DATASETS.places, lang);
// The sources are cited as published, in their own languages: one file for every page language.
export const sourcesQuery = () => datasetQuery("sources", DATASETS.sources, "en");

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
