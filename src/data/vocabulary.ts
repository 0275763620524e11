// The fixed words of the data's schemas (languages, kinds, units), kept apart from the schemas so that a page's own
// code can list them without the schema library: the browser checks the files against their schemas in a worker.

/** The languages every text a reader sees in the data comes in: English, the sourced text, and its translations. */
export const LANGUAGES = ["en", "zh", "ru", "kk"] as const;
export type DataLanguage = (typeof LANGUAGES)[number];

/** Kinds of count of Chinese investment, in the order the comparison shows them. */
export const COUNT_KINDS = ["inflow", "stock", "loans", "projects", "agreements", "trackers", "other"] as const;

/** The sectors a deal is filed under, in the order the views list them. */
export const SECTORS = [
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
] as const;

/**
 * The currencies a cost comes in. Money elsewhere in the data is in millions of US dollars; a cost the
 * source gives in tenge stays in tenge (with the source's own dollar conversion, if it gives one).
 */
export const MONEY_UNIT_NAMES = ["USD million", "KZT billion"] as const;
export type MoneyUnit = (typeof MONEY_UNIT_NAMES)[number];

/** What one unit of each money unit is: its ISO 4217 currency and how many units of it. */
export const MONEY_UNITS: Readonly<Record<MoneyUnit, { currency: string; scale: number }>> = {
  "USD million": { currency: "USD", scale: 1e6 },
  "KZT billion": { currency: "KZT", scale: 1e9 },
};
