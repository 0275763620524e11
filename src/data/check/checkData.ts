import { checkDates, checkDerivedMethods, checkReprintConfidence, checkSchemaRef, checkSourceIds, citedSources } from "./generic";
import { checkEventPlaces } from "./eventPlaces";
import { checkInvestment } from "./investment";
import { inLanguage } from "../inLanguage";
import { checkPlaces } from "./places";
import { checkSources } from "./sources";
import { checkTimeline } from "./timeline";
import { checkTrade } from "./trade";
import type { InvestmentFile } from "../schemas/investment";
import type { PlacesFile } from "../schemas/places";
import type { SourcesFile } from "../schemas/sources";
import type { TimelineFile } from "../schemas/timeline";
import type { TradeFile } from "../schemas/trade";
import { DATASET_NAMES, DATASET_SCHEMAS, dataFileOf, schemaFileOf, schemaRefOf, type DatasetName } from "./datasets";
import type { Issue } from "./issue";
import { renderJsonSchema } from "./jsonSchemas";
import { parseJson } from "./parseJson";
import { validateSchema } from "./validateSchema";

/** A valid file as an English page reads it: the cross-checks compare figures, dates and ids, not words. */
const english = <T>(data: unknown): T => inLanguage(data, "en") as T;

/** The raw text of each data file (undefined when the file is missing). */
export type DataTexts = Partial<Record<DatasetName, string>>;

export interface CheckOptions {
  /** The generated JSON Schema files as found on disk; when given, each must match what the zod schemas generate. */
  readonly jsonSchemas?: Partial<Record<DatasetName, string>>;
}

/**
 * Checks every data file: valid JSON, then its zod schema, then the cross-checks.
 * Cross-checks run only on files that passed their schema, so each problem is reported once.
 */
export function checkData(texts: DataTexts, options: CheckOptions = {}): Issue[] {
  const issues: Issue[] = [];
  const valid: { [K in DatasetName]?: unknown } = {};
  for (const name of DATASET_NAMES) {
    const file = dataFileOf(name);
    const text = texts[name];
    if (text === undefined) {
      issues.push({ file, path: "(root)", expected: "the file to exist", got: "no file" });
      continue;
    }
    const parsed = parseJson(file, text);
    if (!parsed.ok) {
      issues.push(parsed.issue);
      continue;
    }
    const schemaIssues = validateSchema(file, DATASET_SCHEMAS[name], parsed.value);
    issues.push(...schemaIssues, ...checkSchemaRef(file, parsed.value, schemaRefOf(name)));
    if (schemaIssues.length === 0) valid[name] = parsed.value;
  }

  const sources = valid.sources as SourcesFile | undefined;
  const known = sources ? new Set(sources.sources.map((source) => source.id)) : undefined;
  const tiers = sources ? new Map(sources.sources.map((source) => [source.id, source.tier])) : undefined;
  const cited = new Set<string>();
  for (const name of DATASET_NAMES) {
    const data = valid[name];
    if (data === undefined) continue;
    const file = dataFileOf(name);
    issues.push(...checkDates(file, data), ...checkDerivedMethods(file, data));
    if (name === "sources") continue;
    for (const { id } of citedSources(data)) cited.add(id);
    if (known) issues.push(...checkSourceIds(file, data, known));
    if (tiers) issues.push(...checkReprintConfidence(file, data, tiers));
  }
  if (sources) {
    // Unused sources can only be judged when every citing file could be read.
    const everyFileRead = DATASET_NAMES.every((name) => valid[name] !== undefined);
    issues.push(...checkSources(dataFileOf("sources"), sources, everyFileRead ? cited : undefined));
  }
  if (valid.trade) issues.push(...checkTrade(dataFileOf("trade"), english<TradeFile>(valid.trade)));
  if (valid.timeline) issues.push(...checkTimeline(dataFileOf("timeline"), english<TimelineFile>(valid.timeline)));
  if (valid.places) issues.push(...checkPlaces(dataFileOf("places"), english<PlacesFile>(valid.places)));
  if (valid.investment) issues.push(...checkInvestment(dataFileOf("investment"), english<InvestmentFile>(valid.investment)));
  if (valid.timeline && valid.places) {
    issues.push(...checkEventPlaces(dataFileOf("timeline"), english<TimelineFile>(valid.timeline), english<PlacesFile>(valid.places)));
  }

  if (options.jsonSchemas) issues.push(...checkJsonSchemas(options.jsonSchemas));
  return issues;
}

/** The generated JSON Schemas must be up to date with the zod schemas they come from. */
export function checkJsonSchemas(onDisk: Partial<Record<DatasetName, string>>): Issue[] {
  const issues: Issue[] = [];
  for (const name of DATASET_NAMES) {
    const actual = onDisk[name];
    if (actual === renderJsonSchema(name)) continue;
    issues.push({
      file: schemaFileOf(name),
      path: "(root)",
      expected: "the JSON Schema generated from src/data/schemas (run `npm run data:schemas`)",
      got: actual === undefined ? "no file" : "an out-of-date file",
    });
  }
  return issues;
}
