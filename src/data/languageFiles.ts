import { inLanguage } from "./inLanguage";
import { DATASET_NAMES, SERVED_FILES, servedPath } from "./servedFiles";
import { LANGUAGES } from "./vocabulary";

/**
 * The files the pages read for each translated dataset, one per language, each text in that language: what
 * `datasetQuery` fetches, by path under data/ ("ru/trade.json"). Written from the dataset as `read` gives it
 * (data/trade.json's text, or undefined where there is none), without its `$schema` (the JSON Schema describes the
 * whole file) and without indentation. The build writes them (scripts/prerenderPlugin.ts); the dev server makes
 * them on request (scripts/dataFilesPlugin.ts).
 */
export function languageFiles(read: (file: string) => string | undefined): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of DATASET_NAMES) {
    const { file, translated } = SERVED_FILES[name];
    const text = translated ? read(`${file}.json`) : undefined;
    if (text === undefined) continue;
    const { $schema: _schema, ...data } = JSON.parse(text) as Record<string, unknown>;
    for (const lang of LANGUAGES) files.set(`${servedPath(name, lang)}.json`, JSON.stringify(inLanguage(data, lang)));
  }
  return files;
}
