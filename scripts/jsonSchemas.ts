// Writes data/schema/<name>.schema.json from the zod schemas, so editors can validate a data file
// while someone types (each data file names its schema with "$schema"). `npm run data:check`
// fails when these files are out of date.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DATASET_NAMES } from "../src/data/check/datasets";
import { renderJsonSchema } from "../src/data/check/jsonSchemas";

const dir = resolve(import.meta.dirname, "..", "data", "schema");
mkdirSync(dir, { recursive: true });
for (const name of DATASET_NAMES) {
  writeFileSync(join(dir, `${name}.schema.json`), renderJsonSchema(name));
  console.log(`wrote data/schema/${name}.schema.json`);
}
