import type { z } from "zod";

export type DataErrorKind = "network" | "json" | "schema";

/** A dataset that could not be used: names the file, the JSON path and what was expected. */
export class DataError extends Error {
  override readonly name = "DataError";
  constructor(
    readonly kind: DataErrorKind,
    /** The file as served, e.g. "data/trade.json". */
    readonly file: string,
    /** JSON path of the first problem, e.g. "series[0].points[3].value"; "" for the whole file. */
    readonly path: string,
    /** What was wrong there, in plain words (for "network": the reason the download failed). */
    readonly expected: string,
    /** Further problems, one line each, for the details. */
    readonly more: readonly string[] = [],
  ) {
    super(`${file}${path ? `: ${path}` : ""}: ${expected}`);
  }
}

/** Renders a zod issue path as a JSON path: ["series", 0, "value"] → "series[0].value". */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? (acc ? `${acc}.${name}` : name) : `${acc}[${JSON.stringify(name)}]`;
  }, "");
}

export function fromZodError(file: string, error: z.ZodError): DataError {
  const lines = error.issues.map((issue) => `${jsonPath(issue.path) || "(root)"}: ${issue.message}`);
  const first = error.issues[0];
  return new DataError("schema", file, first ? jsonPath(first.path) : "", first?.message ?? "valid data", lines.slice(1));
}
