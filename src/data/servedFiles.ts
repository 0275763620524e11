import { dataLanguage } from "./inLanguage";

/**
 * The files the pages read, by name, and where the site serves each under data/ (without ".json"): the five datasets,
 * in the order the dashboard lists them for download, then the map's country shapes. A dataset with texts a reader
 * sees is `translated`: the build writes it once per language with each text in that language ("ru/trade", a third
 * of the whole file, which stays at data/trade.json for download). The schemas the files must satisfy are kept
 * apart (datasets.ts, schemas/): a page's own code holds none of them, since the browser checks each file in a
 * worker (validate/).
 */
export const SERVED_FILES = {
  trade: { file: "trade", translated: true },
  investment: { file: "investment", translated: true },
  timeline: { file: "timeline", translated: true },
  places: { file: "places", translated: true },
  sources: { file: "sources", translated: false },
  geography: { file: "geo/region.topo", translated: false },
} as const satisfies Record<string, { file: string; translated: boolean }>;

/** Every file a page reads. */
export type DataFileName = keyof typeof SERVED_FILES;
/** The datasets: every file but the map's shapes, which `npm run geo:build` makes from Natural Earth. */
export type DatasetName = Exclude<DataFileName, "geography">;

export const DATASET_NAMES: DatasetName[] = ["trade", "investment", "timeline", "places", "sources"];

/** The file a page in `lang` reads, under data/ without ".json": "ru/trade"; "sources" for every language. */
export function servedPath(name: DataFileName, lang: string): string {
  const { file, translated } = SERVED_FILES[name];
  return translated ? `${dataLanguage(lang)}/${file}` : file;
}
