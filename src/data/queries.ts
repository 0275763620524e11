import { queryOptions } from "@tanstack/react-query";
import { fetchDataset } from "./fetchDataset";
import { investmentFileSchema } from "./schemas/investment";
import { placesFileSchema } from "./schemas/places";
import { sourcesFileSchema } from "./schemas/sources";
import { timelineFileSchema } from "./schemas/timeline";
import { tradeFileSchema } from "./schemas/trade";

// One factory per dataset. The files are static, so they never go stale within a visit.
// The queryFn does not take the abort signal on purpose: a view that unmounts mid-load (StrictMode,
// a quick scroll) should not cancel a download the next view will want.
const STATIC = { staleTime: Infinity, gcTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false } as const;

export const tradeQuery = () =>
  queryOptions({ queryKey: ["dataset", "trade"], queryFn: () => fetchDataset("trade", tradeFileSchema), ...STATIC });

export const investmentQuery = () =>
  queryOptions({
    queryKey: ["dataset", "investment"],
    queryFn: () => fetchDataset("investment", investmentFileSchema),
    ...STATIC,
  });

export const timelineQuery = () =>
  queryOptions({
    queryKey: ["dataset", "timeline"],
    queryFn: () => fetchDataset("timeline", timelineFileSchema),
    ...STATIC,
  });

export const placesQuery = () =>
  queryOptions({ queryKey: ["dataset", "places"], queryFn: () => fetchDataset("places", placesFileSchema), ...STATIC });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ["dataset", "sources"],
    queryFn: () => fetchDataset("sources", sourcesFileSchema),
    ...STATIC,
  });

/** The dataset files the site serves, for download links. */
export const DATASET_FILES = ["trade", "investment", "timeline", "places", "sources"] as const;
