import type { $ZodType, output } from "zod/v4/core";
import { dataLanguage, type InLanguage } from "./inLanguage";
import { inLanguageSchema } from "./schemas/inLanguageSchema";
import { investmentFileSchema } from "./schemas/investment";
import { placesFileSchema } from "./schemas/places";
import { sourcesFileSchema } from "./schemas/sources";
import { timelineFileSchema } from "./schemas/timeline";
import { tradeFileSchema } from "./schemas/trade";

/** A file the site serves from <base>data/, and the schema it must satisfy. */
export interface DatasetSpec<S extends $ZodType = $ZodType> {
  /** The path under data/ without ".json", e.g. "trade" for data/trade.json. */
  file: string;
  schema: S;
}

/**
 * The one registry of datasets, in the order the dashboard lists them for download. The query
 * factories, the data checker and the presentation's data all derive from it: adding a dataset is
 * one entry here (plus its schema).
 */
export const DATASETS = {
  trade: { file: "trade", schema: tradeFileSchema },
  investment: { file: "investment", schema: investmentFileSchema },
  timeline: { file: "timeline", schema: timelineFileSchema },
  places: { file: "places", schema: placesFileSchema },
  sources: { file: "sources", schema: sourcesFileSchema },
} as const satisfies Record<string, DatasetSpec>;

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** A dataset's contents once validated: each text a reader sees in all four languages. */
export type DatasetData<N extends DatasetName> = output<(typeof DATASETS)[N]["schema"]>;
/** Every dataset's contents by name, as a page in one language reads them (lib/inLanguage). */
export type DatasetContents = { [N in DatasetName]: InLanguage<DatasetData<N>> };

/** Whether a dataset has texts a reader sees, and so one file per language. */
export function isTranslated(spec: DatasetSpec): boolean {
  return inLanguageSchema(spec.schema) !== spec.schema;
}

/**
 * The file a page in `lang` reads for a dataset, under data/ without ".json": "ru/trade" for Russian, as the build
 * writes it with each text in that language (a third of the whole file's size, which stays at data/trade.json for
 * download); the one file for every language where the dataset has no text to translate (the sources).
 */
export function datasetPath(spec: DatasetSpec, lang: string): string {
  return isTranslated(spec) ? `${dataLanguage(lang)}/${spec.file}` : spec.file;
}
