import { z } from "zod/mini";
import {
  idSchema,
  partialDateSchema,
  positiveAmountSchema,
  provenanceShape,
  sourceIdSchema,
  textSchema,
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
export type TradePoint = z.infer<typeof tradePointSchema>;

export const tradeSeriesSchema = z.strictObject({
  id: idSchema,
  reporter: reporterSchema,
  flow: flowSchema,
  /** Unambiguous English label, e.g. "China's exports to Kazakhstan (China customs)". */
  label: textSchema,
  points: z.array(tradePointSchema).check(z.minLength(1)),
});
export type TradeSeries = z.infer<typeof tradeSeriesSchema>;

export const tradeTargetSchema = sourcedItem({
  ...usdAmountShape,
  /** The year by which the target is to be reached. */
  byYear: yearSchema,
  /** When it was set. */
  setOn: partialDateSchema,
  description: textSchema,
});
export type TradeTarget = z.infer<typeof tradeTargetSchema>;

export const tradeFileSchema = datasetFile({
  reporters: z.array(z.strictObject({ id: reporterSchema, name: textSchema, description: textSchema })).check(z.minLength(1)),
  series: z.array(tradeSeriesSchema).check(z.minLength(1)),
  targets: z.array(tradeTargetSchema),
  reporterGap: z.strictObject({ explanation: textSchema, sources: z.array(sourceIdSchema).check(z.minLength(1)) }),
});
export type TradeFile = z.infer<typeof tradeFileSchema>;
