import { z } from "zod/mini";
import type { InLanguage } from "../inLanguage";
import {
  datedShape,
  localizedTextSchema,
  partialDateSchema,
  positiveAmountSchema,
  usdAmountShape,
  usdMillionSchema,
  yearSchema,
} from "./common";
import { COUNT_KINDS, SECTORS } from "../vocabulary";
import { datasetFile } from "./datasetFile";
import { sourced, sourcedItem } from "./sourced";

const periodSchema = z.strictObject({ from: z.nullable(yearSchema), to: yearSchema });
const qualifierSchema = z.enum(["exact", "about", "more-than", "almost"]);

/** Kinds of count, in the order the comparison shows them. */
export const countKindSchema = z.enum(COUNT_KINDS);
export type CountKind = z.infer<typeof countKindSchema>;

/** A total of Chinese investment by one count or another. */
export const investmentCountSchema = sourcedItem({
  ...usdAmountShape,
  /** "about", "at least" … as the source words it. */
  qualifier: qualifierSchema,
  /** The years covered; `from: null` means "since an unspecified start". */
  period: periodSchema,
  /** What is counted (flow or stock, with or without loans, whose statistics). */
  measures: localizedTextSchema,
  /**
   * What kind of count it is, for grouping: an editorial choice made from `measures` and `whyDifferent`.
   * Absent on the headline (it is the tally); a count without one is shown under "other", never dropped.
   */
  kind: z.optional(countKindSchema),
  /** One line on why it differs from the headline tally. */
  whyDifferent: z.optional(localizedTextSchema),
});
export type InvestmentCount = InLanguage<z.infer<typeof investmentCountSchema>>;

export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

export const dealSchema = sourcedItem({
  ...datedShape,
  title: localizedTextSchema,
  description: localizedTextSchema,
  parties: z.array(localizedTextSchema).check(z.minLength(1)),
  sector: sectorSchema,
  kind: z.enum(["acquisition", "stake", "loan", "project-finance", "investment"]),
  /** Millions of US dollars; null when not disclosed. */
  amount: z.nullable(positiveAmountSchema),
  /**
   * What the amount is: money that changed hands (a price, a loan, a financing; the default), or a commitment to
   * spend over years, which is never drawn on the same scale as those.
   */
  amountKind: z.optional(z.enum(["transaction", "commitment"])),
  unit: usdMillionSchema,
});
export type Deal = InLanguage<z.infer<typeof dealSchema>>;

export const investmentFileSchema = datasetFile({
  headline: investmentCountSchema,
  counts: z.array(investmentCountSchema),
  /** Gross inflow of Chinese FDI per year; years with no published figure are absent. */
  inflows: z.array(sourced({ year: yearSchema, ...usdAmountShape })),
  /** A sector breakdown of part of the tally, only where a source attributes it. */
  sectorShares: z.array(sourced({ sector: sectorSchema, ...usdAmountShape, asOf: partialDateSchema })),
  deals: z.array(dealSchema),
  companies: z.array(
    sourced({
      ...datedShape,
      count: z.int().check(z.positive()),
      qualifier: qualifierSchema,
    }),
  ),
});
export type InvestmentFile = InLanguage<z.infer<typeof investmentFileSchema>>;
