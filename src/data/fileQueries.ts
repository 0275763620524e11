import type { DataFileName } from "../app/views";
import { geographyQuery } from "./geography";
import { DATASET_QUERIES } from "./queries";

/**
 * Each file the pages read, by name, with the query that fetches it for a page in `lang`: what a page puts in the
 * cache before it renders, and what its views then read.
 */
export const FILE_QUERIES = {
  ...DATASET_QUERIES,
  geography: geographyQuery,
} as const satisfies Record<DataFileName, (lang: string) => unknown>;

export function isDataFileName(name: string): name is DataFileName {
  return Object.hasOwn(FILE_QUERIES, name);
}

/** Every file the pages read. */
export const DATA_FILE_NAMES = Object.keys(FILE_QUERIES) as DataFileName[];
