import { DATASET_NAMES as SERVED, DATASETS, type DatasetName } from "../datasets";

export type { DatasetName };

/** Every data file, sources first: the others cite it, so its problems read first. */
export const DATASET_NAMES: DatasetName[] = ["sources", ...SERVED.filter((name) => name !== "sources")];

/** The schema each data file must satisfy. */
export const DATASET_SCHEMAS = Object.fromEntries(DATASET_NAMES.map((name) => [name, DATASETS[name].schema])) as {
  [N in DatasetName]: (typeof DATASETS)[N]["schema"];
};

/** The data file as the repository names it, e.g. "data/trade.json". */
export const dataFileOf = (name: DatasetName): string => `data/${DATASETS[name].file}.json`;
/** The generated JSON Schema file, e.g. "data/schema/trade.schema.json". */
export const schemaFileOf = (name: DatasetName): string => `data/schema/${name}.schema.json`;
/** What a data file's `$schema` must say: a path relative to the data file. */
export const schemaRefOf = (name: DatasetName): string => `./schema/${name}.schema.json`;
