import type { $ZodType } from "zod/v4/core";
import { investmentFileSchema } from "../schemas/investment";
import { placesFileSchema } from "../schemas/places";
import { sourcesFileSchema } from "../schemas/sources";
import { timelineFileSchema } from "../schemas/timeline";
import { tradeFileSchema } from "../schemas/trade";

/** Every data file, with the schema it must satisfy. Sources first: the others cite it. */
export const DATASET_SCHEMAS = {
  sources: sourcesFileSchema,
  trade: tradeFileSchema,
  investment: investmentFileSchema,
  timeline: timelineFileSchema,
  places: placesFileSchema,
} as const satisfies Record<string, $ZodType>;

export type DatasetName = keyof typeof DATASET_SCHEMAS;
export const DATASET_NAMES = Object.keys(DATASET_SCHEMAS) as DatasetName[];

/** The data file as the repository names it, e.g. "data/trade.json". */
export const dataFileOf = (name: DatasetName): string => `data/${name}.json`;
/** The generated JSON Schema file, e.g. "data/schema/trade.schema.json". */
export const schemaFileOf = (name: DatasetName): string => `data/schema/${name}.schema.json`;
/** What a data file's `$schema` must say: a path relative to the data file. */
export const schemaRefOf = (name: DatasetName): string => `./schema/${name}.schema.json`;
