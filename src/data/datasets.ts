import type { $ZodType, output } from "zod/v4/core";
import type { InLanguage } from "./inLanguage";
import { inLanguageSchema } from "./schemas/inLanguageSchema";
import { investmentFileSchema } from "./schemas/investment";
import { placesFileSchema } from "./schemas/places";
import { sourcesFileSchema } from "./schemas/sources";
import { timelineFileSchema } from "./schemas/timeline";
import { tradeFileSchema } from "./schemas/trade";
import { DATASET_NAMES, SERVED_FILES, type DatasetName } from "./servedFiles";

export { DATASET_NAMES, type DatasetName };

/** A file the site serves from <base>data/, and the schema it must satisfy. */
export interface DatasetSpec<S extends $ZodType = $ZodType> {
  /** The path under data/ without ".json", e.g. "trade" for data/trade.json. */
  file: string;
  schema: S;
}

/**
 * The one registry of datasets and their schemas, in the order the dashboard lists them for download. The data
 * checker, the browser's checks (validate/) and the build's files in each language derive from it: adding a
 * dataset is one entry here and one in servedFiles.ts (plus its schema).
 */
export const DATASETS = {
  trade: { file: SERVED_FILES.trade.file, schema: tradeFileSchema },
  investment: { file: SERVED_FILES.investment.file, schema: investmentFileSchema },
  timeline: { file: SERVED_FILES.timeline.file, schema: timelineFileSchema },
  places: { file: SERVED_FILES.places.file, schema: placesFileSchema },
  sources: { file: SERVED_FILES.sources.file, schema: sourcesFileSchema },
} as const satisfies Record<DatasetName, DatasetSpec>;

/** A dataset's contents once validated: each text a reader sees in all four languages. */
export type DatasetData<N extends DatasetName> = output<(typeof DATASETS)[N]["schema"]>;
/** Every dataset's contents by name, as a page in one language reads them (lib/inLanguage). */
export type DatasetContents = { [N in DatasetName]: InLanguage<DatasetData<N>> };

/** Whether a dataset's schema has texts a reader sees, and so one file per language (servedFiles.ts says so too). */
export function isTranslated(spec: DatasetSpec): boolean {
  return inLanguageSchema(spec.schema) !== spec.schema;
}
