import { z } from "zod";
import { partialDateSchema, sourceIdSchema } from "./common";

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

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Publication date, at the precision known; null when unknown. */
  date: partialDateSchema.nullable(),
  /** Where to read it; null when no address is known. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** BCP 47 language of the source text, e.g. "en", "zh", "ru", "kk". */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, "a BCP 47 language tag such as \"en\" or \"zh\""),
  kind: sourceKindSchema,
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(sourceSchema).min(1),
});
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
