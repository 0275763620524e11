// zod/mini: the same checks as classic zod at a third of the bundle size, which every page pays for.
import "./noEval";
import type { $ZodType } from "zod/v4/core";
import { z } from "zod/mini";
import { YEAR_RANGE } from "../yearRange";

/** A source id as listed in data/sources.json, e.g. "imf-dots-china". */
export const sourceIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a source id in kebab-case, e.g. "imf-dots-china"'));

/** How sure we are of a value (see data/README.md and the confidence legend). */
export const confidenceSchema = z.enum(["verified", "secondary", "derived", "unverified"]);
export type Confidence = z.infer<typeof confidenceSchema>;

/** Non-empty text. */
export const textSchema = z.string().check(z.minLength(1));

export { LANGUAGES, type DataLanguage } from "../vocabulary";

/**
 * A text a reader sees, in each of the site's languages: `en` as written from the sources, the others its
 * translations. A missing language is a schema error, so data:check names the text and the language.
 */
export function localizedText(maxLength?: number) {
  const error = "the text in this language (zh, ru and kk translate en)";
  const text = z
    .string({ error })
    .check(
      z.minLength(1),
      ...(maxLength === undefined ? [] : [z.maxLength(maxLength, `a text of at most ${maxLength} characters, to fit its place`)]),
    );
  const inFourLanguages = z.strictObject(
    { en: text, zh: text, ru: text, kk: text },
    { error: 'the text in four languages, { "en": …, "zh": …, "ru": …, "kk": … }' },
  );
  ONE_LANGUAGE.set(inFourLanguages, text);
  return inFourLanguages;
}

/**
 * Each text-in-four-languages schema, with the schema of its text in one language: what a page's file in one
 * language holds in its place (inLanguageSchema.ts).
 */
export const ONE_LANGUAGE = new WeakMap<$ZodType, $ZodType>();
export const localizedTextSchema = localizedText();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A name in each language (of a place, a partnership level). */
export const localizedNameSchema = localizedTextSchema;
export type LocalizedName = LocalizedText;

/** A record's id in kebab-case, e.g. "khorgos-gateway". */
export const idSchema = z.string().check(z.regex(/^[a-z0-9-]+$/));

/** A calendar date at year ("2005"), month ("2005-07") or day ("2005-07-04") precision. */
export const partialDateSchema = z.string().check(
  // abort: a malformed date is reported once, not also as "not a real calendar date".
  z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, { error: "a date as YYYY, YYYY-MM or YYYY-MM-DD", abort: true }),
  z.refine(isRealDate, "a real calendar date"),
);
export type PartialDate = z.infer<typeof partialDateSchema>;

export const datePrecisionSchema = z.enum(["day", "month", "year"]);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** A dated entry: the date as written and how precisely it is known. */
export const datedShape = {
  date: partialDateSchema,
  precision: datePrecisionSchema,
};

function isRealDate(date: string): boolean {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y ?? 0, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The provenance every figure carries. `method` is required for derived values. */
export const provenanceShape = {
  sources: z.array(sourceIdSchema).check(z.minLength(1, "at least one source id")),
  confidence: confidenceSchema,
  method: z.optional(localizedTextSchema),
  note: z.optional(localizedTextSchema),
};

export const yearSchema = z.int().check(z.gte(YEAR_RANGE.min), z.lte(YEAR_RANGE.max));

/** Money amounts are stored in millions of US dollars. */
export const usdMillionSchema = z.literal("USD million");

/** An amount, strictly positive (a missing amount is left out or null, never 0). */
export const positiveAmountSchema = z.number().check(z.positive());

/** An amount of money in millions of US dollars. */
export const usdAmountShape = {
  value: positiveAmountSchema,
  unit: usdMillionSchema,
};
