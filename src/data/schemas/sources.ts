import { z } from "zod/mini";
import { partialDateSchema, sourceIdSchema, textSchema } from "./common";
import { datasetFile } from "./datasetFile";

export const sourceKindSchema = z.enum([
  "official-statistics",
  "government-statement",
  "news",
  "think-tank",
  "encyclopedia",
  "company",
  "dataset",
  "financial-institution",
]);

/**
 * How far a reader can trust the copy that was read: the publisher's own (a ministry, customs, a statistics office,
 * a company or agency on its own site), a reputable secondary (an established outlet, a research institute), or a
 * reprint or aggregator (a copy on another site, a forum, a file without a named author).
 */
export const sourceTierSchema = z.enum(["primary", "secondary", "reprint"]);
export type SourceTier = z.infer<typeof sourceTierSchema>;

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  publisher: textSchema,
  title: textSchema,
  /** Publication date, at the precision known; null when unknown. */
  date: z.nullable(partialDateSchema),
  /** Where to read it; null when no address is known. */
  url: z.nullable(z.url({ protocol: /^https?$/ })),
  /** BCP 47 language of the source text, e.g. "en", "zh", "ru", "kk". */
  language: z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as "en" or "zh"')),
  kind: sourceKindSchema,
  tier: sourceTierSchema,
  note: z.optional(textSchema),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * The release of the data as a whole: a version (the date it was cut, then a serial for a second release that
 * day: "2026.12.04" or "2026.12.04.2") and the day of its last change, which citations and CSV notes give.
 */
export const releaseSchema = z.strictObject({
  version: z.string().check(z.regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/, 'a version such as "2026.12.04"')),
  updated: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "a day, YYYY-MM-DD")),
});
export type Release = z.infer<typeof releaseSchema>;

export const sourcesFileSchema = datasetFile({
  release: releaseSchema,
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
