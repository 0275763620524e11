import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_NAMES, type DatasetName } from "./datasets";

/** Reads data/<name>.json for every dataset; a missing file is left undefined for the check to report. */
export function readDataTexts(dir: string): Partial<Record<DatasetName, string>> {
  return readEach((name) => join(dir, `${name}.json`));
}

/** Reads data/schema/<name>.schema.json for every dataset. */
export function readJsonSchemaTexts(dir: string): Partial<Record<DatasetName, string>> {
  return readEach((name) => join(dir, "schema", `${name}.schema.json`));
}

function readEach(pathOf: (name: DatasetName) => string): Partial<Record<DatasetName, string>> {
  const texts: Partial<Record<DatasetName, string>> = {};
  for (const name of DATASET_NAMES) {
    const path = pathOf(name);
    if (existsSync(path)) texts[name] = readFileSync(path, "utf8");
  }
  return texts;
}
