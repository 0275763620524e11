import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_NAMES, type DatasetName } from "../../src/data/check/datasets";
import type { DataTexts } from "../../src/data/check/checkData";

const FIXTURES = join(import.meta.dirname, "fixtures");

/** The valid fixture set, with `broken/<name>` (e.g. "bad-type.trade") swapped in for its dataset. */
export function fixtureTexts(broken?: `${string}.${DatasetName}`): DataTexts {
  const texts: DataTexts = {};
  for (const name of DATASET_NAMES) texts[name] = readFileSync(join(FIXTURES, "valid", `${name}.json`), "utf8");
  if (broken) {
    const dataset = broken.slice(broken.lastIndexOf(".") + 1) as DatasetName;
    texts[dataset] = readFileSync(join(FIXTURES, "broken", `${broken}.json`), "utf8");
  }
  return texts;
}
