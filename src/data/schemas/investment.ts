import { z } from "zod";
import { datePrecisionSchema, partialDateSchema, provenanceShape, usdMillionSchema, yearSchema } from "./common";

const idSchema = z.string().regex(/^[a-z0-9-]+$/);
const periodSchema = z.strictObject({ from: yearSchema.nullable(), to: yearSchema });

/** A total of Chinese investment by one count or another. */
export const investmentCountSchema = z.strictObject({
  id: idSchema,
  value: z.number().positive(),
  unit: usdMillionSchema,
  /** "about", "at least" … as the source words it. */
  qualifier: z.enum(["exact", "about", "more-than", "almost"]),
  /** The years covered; `from: null` means "since an unspecified start". */
  period: periodSchema,
  /** What is counted (flow or stock, with or without loans, whose statistics). */
  measures: z.string().min(1),
  /** One line on why it differs from the headline tally. */
  whyDifferent: z.string().min(1).optional(),
  ...provenanceShape,
});
export type InvestmentCount = z.infer<typeof investmentCountSchema>;

export const sectorSchema = z.enum([
  "oil-gas",
  "refining",
  "mining",
  "power",
  "renewables",
  "transport-logistics",
  "finance",
  "manufacturing",
  "construction",
  "other",
]);
export type Sector = z.infer<typeof sectorSchema>;

export const dealSchema = z.strictObject({
  id: idSchema,
  date: partialDateSchema,
  precision: datePrecisionSchema,
  title: z.string().min(1),
  description: z.string().min(1),
  parties: z.array(z.string().min(1)).min(1),
  sector: sectorSchema,
  kind: z.enum(["acquisition", "stake", "loan", "project-finance", "investment"]),
  /** Millions of US dollars; null when not disclosed. */
  amount: z.number().positive().nullable(),
  unit: usdMillionSchema,
  ...provenanceShape,
});
export type Deal = z.infer<typeof dealSchema>;

export const investmentFileSchema = z.strictObject({
  $schema: z.string().optional(),
  headline: investmentCountSchema,
  counts: z.array(investmentCountSchema),
  /** Gross inflow of Chinese FDI per year; years with no published figure are absent. */
  inflows: z.array(
    z.strictObject({ year: yearSchema, value: z.number().positive(), unit: usdMillionSchema, ...provenanceShape }),
  ),
  /** A sector breakdown of part of the tally, only where a source attributes it. */
  sectorShares: z.array(
    z.strictObject({ sector: sectorSchema, value: z.number().positive(), unit: usdMillionSchema, asOf: partialDateSchema, ...provenanceShape }),
  ),
  deals: z.array(dealSchema),
  companies: z.array(
    z.strictObject({
      date: partialDateSchema,
      precision: datePrecisionSchema,
      count: z.number().int().positive(),
      qualifier: z.enum(["exact", "about", "more-than", "almost"]),
      ...provenanceShape,
    }),
  ),
});
export type InvestmentFile = z.infer<typeof investmentFileSchema>;
