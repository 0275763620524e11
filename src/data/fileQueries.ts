import type { DataFileName } from "../app/views";
import { DATASET_NAMES, DATASETS, type DatasetName, type DatasetSpec } from "./datasets";
import { geographyQuery } from "./geography";
import { fileQuery } from "./queries";

/**
 * Each file the pages read, by name, with the query that fetches it as it is: what a page puts in the cache before
 * it renders. The views read the same cache entries through their language's queries (queries.ts).
 */
export const FILE_QUERIES = {
  // Typed loosely: a prefetch only puts the file in the cache, where the views' own queries read it typed.
  ...(Object.fromEntries(DATASET_NAMES.map((name) => [name, () => fileQuery(name, DATASETS[name] as DatasetSpec)])) as Record<
    DatasetName,
    () => ReturnType<typeof fileQuery>
  >),
  geography: geographyQuery,
} as const satisfies Record<DataFileName, () => unknown>;

export function isDataFileName(name: string): name is DataFileName {
  return Object.hasOwn(FILE_QUERIES, name);
}

/** Every file the pages read. */
export const DATA_FILE_NAMES = Object.keys(FILE_QUERIES) as DataFileName[];
