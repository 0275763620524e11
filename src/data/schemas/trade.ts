import { z } from "zod/mini";
import type { InLanguage } from "../inLanguage";
import {
  idSchema,
  localizedTextSchema,
  partialDateSchema,
  positiveAmountSchema,
  provenanceShape,
  sourceIdSchema,
  usdAmountShape,
  usdMillionSchema,
  yearSchema,
} from "./common";
import { datasetFile } from "./datasetFile";
import { sourced, sourcedItem } from "./sourced";

/** Who reported a trade figure: China's customs (GACC) or Kazakhstan's statistics (BNS and ministries). */
export const reporterSchema = z.enum(["cn", "kz"]);
export type Reporter = z.infer<typeof reporterSchema>;

/** Flows are always from the reporter's point of view: "exports" are the reporter's exports to the partner. */
export const flowSchema = z.enum(["total", "exports", "imports"]);
export type Flow = z.infer<typeof flowSchema>;

export const tradePointSchema = z.strictObject({
  year: yearSchema,
  /** Millions of US dollars; strictly positive (a missing year is left out, never written as 0). */
  value: z.number().check(z.positive("a positive amount (leave a missing year out instead of writing 0)")),
  unit: usdMillionSchema,
  /** Who reported this value; must match the series' reporter. */
  reporter: reporterSchema,
  /** True where the figure is an estimate by a third party (e.g. the IMF) rather than the reporter's own. */
  estimate: z.optional(z.boolean()),
  ...provenanceShape,
  /** Other published values for the same year and reporter, kept for transparency. */
  alternates: z.optional(z.array(sourced({ value: positiveAmountSchema }))),
});
export type TradePoint = InLanguage<z.infer<typeof tradePointSchema>>;

export const tradeSeriesSchema = z.strictObject({
  id: idSchema,
  reporter: reporterSchema,
  flow: flowSchema,
  /** Unambiguous label, e.g. "China's exports to Kazakhstan (China customs)". */
  label: localizedTextSchema,
  points: z.array(tradePointSchema).check(z.minLength(1)),
});
export type TradeSeries = InLanguage<z.infer<typeof tradeSeriesSchema>>;

export const tradeTargetSchema = sourcedItem({
  ...usdAmountShape,
  /** The year by which the target is to be reached. */
  byYear: yearSchema,
  /** When it was set. */
  setOn: partialDateSchema,
  description: localizedTextSchema,
});
export type TradeTarget = InLanguage<z.infer<typeof tradeTargetSchema>>;

/** Which way goods go: Kazakhstan's goods sold to China, or China's sold to Kazakhstan. */
export const directionSchema = z.enum(["kz-to-cn", "cn-to-kz"]);
export type Direction = z.infer<typeof directionSchema>;

/**
 * One product group in a year's trade one way, as a source names it: with its value where the source gives one,
 * its growth on the year before where that is all it gives, or neither where it only names the group among the
 * main goods.
 */
export const compositionGroupSchema = z
  .strictObject({
    id: idSchema,
    /** The group as the source names it, e.g. "Copper ores and concentrates". */
    label: localizedTextSchema,
    /** Millions of US dollars, with `unit`; left out where the source gives no value. */
    value: z.optional(positiveAmountSchema),
    unit: z.optional(usdMillionSchema),
    /** True where the source says "just over" the value: it is a floor, not a rounding. */
    atLeast: z.optional(z.boolean()),
    /** Growth on the year before, as a fraction (0.45 is +45%). */
    change: z.optional(z.number()),
    ...provenanceShape,
  })
  .check(
    z.refine((g) => (g.value === undefined) === (g.unit === undefined), "a value and its unit go together"),
    z.refine((g) => !g.atLeast || g.value !== undefined, "atLeast qualifies a value"),
  );
export type CompositionGroup = InLanguage<z.infer<typeof compositionGroupSchema>>;

/** What one year's trade one way was made of: the main product groups a source gives. */
export const compositionSchema = z.strictObject({
  id: idSchema,
  direction: directionSchema,
  year: yearSchema,
  groups: z.array(compositionGroupSchema).check(z.minLength(1)),
  /** What the groups are and are not: whose statistics, whether they add up to a total. */
  note: z.optional(localizedTextSchema),
});
export type Composition = InLanguage<z.infer<typeof compositionSchema>>;

/** China's share of Kazakhstan's trade, as Kazakhstan's statistics measure it: of all its trade, its exports or its imports. */
export const shareSchema = z
  .strictObject({
    id: idSchema,
    of: flowSchema,
    year: yearSchema,
    /** Part of the year, where the share is of some months only (e.g. January to September). */
    period: z.optional(z.strictObject({ from: partialDateSchema, to: partialDateSchema })),
    /** A fraction: 0.213 is 21.3%. */
    value: z.number().check(z.gt(0), z.lte(1)),
    /** True where the source says "exceeds": the value is a floor. */
    atLeast: z.optional(z.boolean()),
    /** True where the source says "about" or "approaching". */
    about: z.optional(z.boolean()),
    ...provenanceShape,
  })
  .check(z.refine((s) => !(s.atLeast && s.about), "a share is either a floor (atLeast) or approximate (about), not both"));
export type Share = InLanguage<z.infer<typeof shareSchema>>;

export const tradeFileSchema = datasetFile({
  reporters: z
    .array(z.strictObject({ id: reporterSchema, name: localizedTextSchema, description: localizedTextSchema }))
    .check(z.minLength(1)),
  series: z.array(tradeSeriesSchema).check(z.minLength(1)),
  targets: z.array(tradeTargetSchema),
  /** The main product groups each way, for the years a source gives them. */
  composition: z.array(compositionSchema),
  /** China's share of Kazakhstan's trade, for the years a source gives it. */
  shares: z.array(shareSchema),
  reporterGap: z.strictObject({ explanation: localizedTextSchema, sources: z.array(sourceIdSchema).check(z.minLength(1)) }),
});
export type TradeFile = InLanguage<z.infer<typeof tradeFileSchema>>;
