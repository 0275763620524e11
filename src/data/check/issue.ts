import { jsonPath } from "../DataError";

/** One problem in a data file: where it is and what was expected there. */
export interface Issue {
  /** The file as the repository names it, e.g. "data/trade.json". */
  readonly file: string;
  /** JSON path ("series[0].points[3].value"), "(root)" for the whole file, or "line 3, column 7" for syntax errors. */
  readonly path: string;
  /** What the file should hold there, e.g. "a positive amount". */
  readonly expected: string;
  /** What it holds instead, already rendered for a reader ("0", "nothing", "\"foo\""). */
  readonly got: string;
}

/** One line per problem, e.g. `data/trade.json: series[0].points[3].value: expected a positive amount, got 0`. */
export function formatIssue(issue: Issue): string {
  return `${issue.file}: ${issue.path || "(root)"}: expected ${issue.expected}, got ${issue.got}`;
}

/** Renders a value found in a data file briefly enough to fit on one line. */
export function preview(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${value.length}`;
  if (value !== null && typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/** An Issue at a JSON path inside a data file (the file's root when the path is empty). */
export function issueAt(file: string, path: readonly (string | number)[], expected: string, got: string): Issue {
  return { file, path: jsonPath(path) || "(root)", expected, got };
}
