import { DataError, fromIssues } from "./DataError";
import type { DataFileName } from "./servedFiles";
import { checkFile } from "./validate/checkFile";

/** Where the files are served: <base>data/<path>.json. */
export function datasetUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}.json`;
}

/**
 * Fetches the file served at data/<path>.json and checks it against the schema of `name` (validate/); every failure
 * is a DataError naming the file. It reads problems the same way `npm run data:check` does, so the reader and the
 * editor see the same words.
 */
export async function fetchDataset(path: string, name: DataFileName): Promise<unknown> {
  const file = `data/${path}.json`;
  let response: Response;
  try {
    response = await fetch(datasetUrl(path));
  } catch (cause) {
    throw new DataError("network", file, "", (cause as Error).message || "network error");
  }
  if (!response.ok) throw new DataError("network", file, "", `the server answered HTTP ${response.status}`);
  const checked = await checkFile(file, name, await response.text());
  if (!checked.ok) throw fromIssues(checked.kind, checked.issues);
  return checked.value;
}
