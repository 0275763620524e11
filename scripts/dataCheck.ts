// Validates every data file against its zod schema and the cross-file checks, and checks that the
// generated JSON Schemas are current. Prints one line per problem (file, JSON path, what was
// expected, what was found) and exits non-zero if there is any.
import { resolve } from "node:path";
import { checkData } from "../src/data/check/checkData";
import { DATASET_NAMES } from "../src/data/check/datasets";
import { formatIssue } from "../src/data/check/issue";
import { readDataTexts, readJsonSchemaTexts } from "../src/data/check/readDataDir";

const dataDir = resolve(import.meta.dirname, "..", "data");
const issues = checkData(readDataTexts(dataDir), { jsonSchemas: readJsonSchemaTexts(dataDir) });

if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\ndata:check found ${issues.length} ${issues.length === 1 ? "problem" : "problems"}.`);
  process.exitCode = 1;
} else {
  console.log(`data:check: ${DATASET_NAMES.map((name) => `data/${name}.json`).join(", ")} and their JSON Schemas are valid.`);
}
