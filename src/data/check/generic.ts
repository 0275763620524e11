import { jsonPath } from "../DataError";
import { precisionOf, startOf, yearOf } from "../../lib/partialDate";
import { inYearRange, YEAR_RANGE } from "../yearRange";
import { issueAt, preview, type Issue } from "./issue";

// Checks that hold for every data file, whatever its shape: they walk the JSON tree. Each takes data
// that already passed its zod schema and returns Issues; none throws.

export type Path = readonly (string | number)[];

/** Visits every value in a JSON tree with its path; the callback sees objects before their children. */
export function walk(value: unknown, visit: (value: unknown, path: Path) => void, path: Path = []): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, [...path, i]));
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) walk(child, visit, [...path, key]);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** A data file names its generated JSON Schema so editors validate it while someone types. */
export function checkSchemaRef(file: string, data: unknown, expected: string): Issue[] {
  const actual = isRecord(data) ? data["$schema"] : undefined;
  return actual === expected ? [] : [issueAt(file, ["$schema"], JSON.stringify(expected), preview(actual))];
}

/** Every source id cited anywhere in a data file (in any `sources` list), with where it is cited. */
export function citedSources(data: unknown): { id: string; path: Path }[] {
  const found: { id: string; path: Path }[] = [];
  walk(data, (value, path) => {
    if (!isRecord(value) || !Array.isArray(value["sources"])) return;
    value["sources"].forEach((id, i) => {
      if (typeof id === "string") found.push({ id, path: [...path, "sources", i] });
    });
  });
  return found;
}

/** Every cited source id must be listed in data/sources.json. */
export function checkSourceIds(file: string, data: unknown, known: ReadonlySet<string>): Issue[] {
  return citedSources(data)
    .filter(({ id }) => !known.has(id))
    .map(({ id, path }) => issueAt(file, path, "a source id listed in data/sources.json", JSON.stringify(id)));
}

/**
 * A value read only in reprints (every source of tier "reprint") is not "verified": a copy on another site, a
 * forum or a file without a named author cannot verify a figure, however official its origin.
 */
export function checkReprintConfidence(file: string, data: unknown, tiers: ReadonlyMap<string, string>): Issue[] {
  const issues: Issue[] = [];
  walk(data, (value, path) => {
    if (!isRecord(value) || !Array.isArray(value["sources"]) || value["confidence"] !== "verified") return;
    const ids = value["sources"].filter((id): id is string => typeof id === "string");
    if (ids.length > 0 && ids.every((id) => tiers.get(id) === "reprint")) {
      issues.push(
        issueAt(
          file,
          [...path, "confidence"],
          `"secondary" or lower (its only sources, ${ids.join(", ")}, are reprints), or a source of another tier`,
          '"verified"',
        ),
      );
    }
  });
  return issues;
}

/** Ids within one list are unique, so links and URL state can name an item. */
export function checkUniqueIds(file: string, items: readonly { id: string }[], path: Path): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      issues.push(
        issueAt(file, [...path, i, "id"], `an id not already used (it is used at ${jsonPath([...path, first])})`, JSON.stringify(item.id)),
      );
  });
  return issues;
}

const DATE_KEYS = new Set(["date", "endDate", "setOn", "asOf", "agreed", "constructionStart", "operation"]);
const YEAR_KEYS = new Set(["year", "byYear", "from", "to"]);

/**
 * Years and dates lie in YEAR_RANGE; a `precision` matches the date's format;
 * an end date is not before its start; a period does not run backwards.
 */
export function checkDates(file: string, data: unknown): Issue[] {
  const issues: Issue[] = [];
  const range = `${YEAR_RANGE.min}..${YEAR_RANGE.max}`;
  walk(data, (value, path) => {
    const key = path[path.length - 1];
    if (typeof key === "string" && DATE_KEYS.has(key) && typeof value === "string" && !inYearRange(yearOf(value))) {
      issues.push(issueAt(file, path, `a date in the years ${range}`, JSON.stringify(value)));
    }
    if (typeof key === "string" && YEAR_KEYS.has(key) && typeof value === "number" && !inYearRange(value)) {
      issues.push(issueAt(file, path, `a year in ${range}`, String(value)));
    }
    if (!isRecord(value)) return;
    const { date, precision, endDate, from, to } = value;
    if (typeof date === "string" && typeof precision === "string" && precisionOf(date) !== precision) {
      issues.push(
        issueAt(
          file,
          [...path, "precision"],
          `"${precisionOf(date)}", the precision of the date ${JSON.stringify(date)}`,
          JSON.stringify(precision),
        ),
      );
    }
    if (typeof date === "string" && typeof endDate === "string" && startOf(endDate) < startOf(date)) {
      issues.push(
        issueAt(file, [...path, "endDate"], `a date on or after the start date ${JSON.stringify(date)}`, JSON.stringify(endDate)),
      );
    }
    if (typeof from === "number" && typeof to === "number" && to < from) {
      issues.push(issueAt(file, [...path, "to"], `a year on or after "from" (${from})`, String(to)));
    }
  });
  return issues;
}

/** A derived value says how it was derived, so a reader can redo the arithmetic. */
export function checkDerivedMethods(file: string, data: unknown): Issue[] {
  const issues: Issue[] = [];
  walk(data, (value, path) => {
    if (isRecord(value) && value["confidence"] === "derived" && value["method"] === undefined) {
      issues.push(
        issueAt(file, [...path, "method"], 'the method of a derived value, e.g. "20.4 / 1.45 using the reported +45% growth"', "nothing"),
      );
    }
  });
  return issues;
}
