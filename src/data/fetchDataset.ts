import type { z } from "zod";
import { DataError, fromZodError } from "./DataError";

/** Where the datasets are served: <base>data/<name>.json. */
export function datasetUrl(name: string): string {
  return `${import.meta.env.BASE_URL}data/${name}.json`;
}

/** Fetches one dataset and validates it; every failure is a DataError naming the file. */
export async function fetchDataset<S extends z.ZodType>(
  name: string,
  schema: S,
): Promise<z.infer<S>> {
  const file = `data/${name}.json`;
  let response: Response;
  try {
    response = await fetch(datasetUrl(name));
  } catch (cause) {
    throw new DataError("network", file, "", (cause as Error).message || "network error");
  }
  if (!response.ok) {
    throw new DataError("network", file, "", `the server answered HTTP ${response.status}`);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new DataError("json", file, "", `expected valid JSON: ${(cause as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw fromZodError(file, result.error);
  return result.data;
}
