import type { $ZodType } from "zod/v4/core";
import type { Issue } from "../check/issue";
import { parseJson } from "../check/parseJson";
import { validateSchema } from "../check/validateSchema";
import { DATASETS } from "../datasets";
import { geographySchema } from "../schemas/geography";
import { inLanguageSchema } from "../schemas/inLanguageSchema";
import type { DataFileName } from "../servedFiles";

/** A file's text once checked: its value, or every problem found, worded as `npm run data:check` words them. */
export type Checked = { ok: true; value: unknown } | { ok: false; kind: "json" | "schema"; issues: Issue[] };

/**
 * The schema a page's copy of a file must satisfy: the dataset's, with each text in one language (a translated
 * dataset is served once per language); the map's shapes as they are.
 */
export function servedSchema(name: DataFileName): $ZodType {
  return name === "geography" ? geographySchema : inLanguageSchema(DATASETS[name].schema);
}

/** Parses a file's text (`file` as served, e.g. "data/ru/trade.json") and checks it against `schema`. */
export function checkText(file: string, text: string, schema: $ZodType): Checked {
  const parsed = parseJson(file, text);
  if (!parsed.ok) return { ok: false, kind: "json", issues: [parsed.issue] };
  const issues = validateSchema(file, schema, parsed.value);
  return issues.length > 0 ? { ok: false, kind: "schema", issues } : { ok: true, value: parsed.value };
}
