import type { $ZodType, output } from "zod/v4/core";
import { parseJson } from "./check/parseJson";
import { validateSchema } from "./check/validateSchema";
import { DataError, fromIssues } from "./DataError";

/** Where the datasets are served: <base>data/<name>.json. */
export function datasetUrl(name: string): string {
  return `${import.meta.env.BASE_URL}data/${name}.json`;
}

/**
 * Fetches one dataset and validates it; every failure is a DataError naming the file.
 * It reads problems the same way `npm run data:check` does, so the reader and the editor see the same words.
 */
export async function fetchDataset<S extends $ZodType>(name: string, schema: S): Promise<output<S>> {
  const file = `data/${name}.json`;
  let response: Response;
  try {
    response = await fetch(datasetUrl(name));
  } catch (cause) {
    throw new DataError("network", file, "", (cause as Error).message || "network error");
  }
  if (!response.ok) throw new DataError("network", file, "", `the server answered HTTP ${response.status}`);
  const parsed = parseJson(file, await response.text());
  if (!parsed.ok) throw fromIssues("json", [parsed.issue]);
  const issues = validateSchema(file, schema, parsed.value);
  if (issues.length > 0) throw fromIssues("schema", issues);
  // validateSchema found nothing, so the value has the schema's shape.
  return parsed.value as output<S>;
}
