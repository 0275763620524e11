import type { Issue } from "./check/issue";

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

/** A DataError from data-check issues: the first names the place, the rest go in `more`. */
export function fromIssues(kind: DataErrorKind, issues: readonly Issue[]): DataError {
  const [first, ...rest] = issues;
  const line = (i: Issue) => `${i.path}: expected ${i.expected}, got ${i.got}`;
  return new DataError(
    kind,
    first?.file ?? "",
    first && first.path !== "(root)" ? first.path : "",
    first ? `expected ${first.expected}, got ${first.got}` : "valid data",
    rest.map(line),
  );
}
