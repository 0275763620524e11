import { safeParse, type $ZodIssue, type $ZodRawIssue, type $ZodType } from "zod/v4/core";
import { jsonPath } from "../DataError";
import { preview, type Issue } from "./issue";

type RawIssue = $ZodRawIssue;

/**
 * Validates parsed JSON against a dataset schema and returns one Issue per zod issue.
 * Messages written in the schemas (e.g. "a positive amount …") win; everything else is
 * phrased here as what was expected, so every line reads "expected …, got …".
 */
export function validateSchema(file: string, schema: $ZodType, value: unknown): Issue[] {
  const result = safeParse(schema, value, { reportInput: true, error: expectedPhrase });
  if (result.success) return [];
  return result.error.issues.map((issue) => toIssue(file, issue));
}

function toIssue(file: string, issue: $ZodIssue): Issue {
  const input = "input" in issue ? issue.input : undefined;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(", ");
    return { file, path: jsonPath(issue.path) || "(root)", expected: "only the fields the schema lists", got: `unknown field ${keys}` };
  }
  if (issue.code === "invalid_union" && "discriminator" in issue && typeof issue.discriminator === "string") {
    // Point at the field itself: zod reports a bad discriminator at the object, or (newer releases) at the field.
    const atField = issue.path[issue.path.length - 1] === issue.discriminator;
    const field = jsonPath(atField ? issue.path : [...issue.path, issue.discriminator]);
    const found = input !== null && typeof input === "object" ? (input as Record<string, unknown>)[issue.discriminator] : input;
    return { file, path: field, expected: issue.message, got: preview(found) };
  }
  return { file, path: jsonPath(issue.path) || "(root)", expected: issue.message, got: preview(input) };
}

const ARTICLE: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  null: "null",
  tuple: "a [longitude, latitude] pair",
};

/** A noun phrase for what the schema wanted, for issues whose schema gives no message of its own. */
export function expectedPhrase(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return ARTICLE[issue.expected] ?? `a value of type ${issue.expected}`;
    case "too_small":
      return sizePhrase(issue.origin, issue.minimum, issue.inclusive ?? true, "min");
    case "too_big":
      return sizePhrase(issue.origin, issue.maximum, issue.inclusive ?? true, "max");
    case "invalid_value":
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      if (issue.format === "url") return "a web address starting with http:// or https://";
      if (issue.format === "regex" && "pattern" in issue) return `text matching ${String(issue.pattern)}`;
      return `text in ${issue.format} format`;
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options)) {
        return `one of ${issue.options.map((o) => JSON.stringify(o)).join(", ")}`;
      }
      return "a value of one of the allowed shapes";
    default:
      return undefined; // zod's own message
  }
}

function sizePhrase(origin: string, bound: number | bigint, inclusive: boolean, side: "min" | "max"): string {
  const n = Number(bound);
  switch (origin) {
    case "string":
      return side === "min" ? (n <= 1 ? "non-empty text" : `text of at least ${n} characters`) : `text of at most ${n} characters`;
    case "array":
    case "set":
      return side === "min" ? `at least ${n} ${n === 1 ? "item" : "items"}` : `at most ${n} ${n === 1 ? "item" : "items"}`;
    default: {
      const op = side === "min" ? (inclusive ? "≥" : ">") : inclusive ? "≤" : "<";
      return `a number ${op} ${n}`;
    }
  }
}
