import { queryOptions } from "@tanstack/react-query";
import type { $ZodType } from "zod/v4/core";
import { DATASET_NAMES, DATASETS, type DatasetName, type DatasetSpec } from "./datasets";
import { fetchDataset } from "./fetchDataset";

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

/** The query for one static file: keyed ["dataset", name], fetched once and validated against its schema. */
export function datasetQuery<S extends $ZodType>(name: string, { file, schema }: DatasetSpec<S>) {
  return queryOptions({ queryKey: ["dataset", name], queryFn: () => fetchDataset(file, schema), ...STATIC });
}

// One factory per dataset, so a component names the data it reads.
export const tradeQuery = () => datasetQuery("trade", DATASETS.trade);
export const investmentQuery = () => datasetQuery("investment", DATASETS.investment);
export const timelineQuery = () => datasetQuery("timeline", DATASETS.timeline);
export const placesQuery = () => datasetQuery("places", DATASETS.places);
export const sourcesQuery = () => datasetQuery("sources", DATASETS.sources);

/** Every dataset's factory by name, for pages that load datasets by name (the presentation's steps). */
export const DATASET_QUERIES = {
  trade: tradeQuery,
  investment: investmentQuery,
  timeline: timelineQuery,
  places: placesQuery,
  sources: sourcesQuery,
} as const satisfies Record<DatasetName, () => unknown>;

/** The dataset files the site serves, for download links. */
export const DATASET_FILES = DATASET_NAMES;
