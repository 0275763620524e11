/**
 * A richer investment file than the shared fixture, for this view's component tests: real figures
 * from data/investment.json, a few of each kind, sources from the shared fixture's list.
 */
import type { z } from "zod";
import type { investmentFileSchema } from "../../data/schemas/investment";

const usd = "USD million" as const;
const src = { sources: ["peoples-daily-2024"], confidence: "secondary" as const };

export const testInvestment: z.input<typeof investmentFileSchema> = {
  headline: {
    id: "gross-inflow-2005-2023",
    value: 25_300,
    unit: usd,
    qualifier: "exact",
    period: { from: 2005, to: 2023 },
    measures: "Gross inflow of direct investment from China, per Kazakh official data as cited.",
    note: "A gross inflow is not the stock of investment today.",
    ...src,
  },
  counts: [
    { id: "27bn-since-2005", value: 27_000, unit: usd, qualifier: "exact", period: { from: 2005, to: 2025 }, measures: "Chinese investment since 2005.", whyDifferent: "The same kind of cumulative inflow, extended to 2025.", ...src },
    { id: "direct-investment-2005-2017", value: 13_900, unit: usd, qualifier: "exact", period: { from: 2005, to: 2017 }, measures: "Cumulative direct investment, 2005–2017.", whyDifferent: "The same kind of cumulative inflow, to 2017.", ...src },
    { id: "edb-stock-mid-2025", value: 11_400, unit: usd, qualifier: "exact", period: { from: null, to: 2025 }, measures: "Accumulated Chinese FDI, EDB monitoring.", whyDifferent: "A stock counted project by project.", ...src },
    { id: "stock-h1-2018", value: 15_600, unit: usd, qualifier: "exact", period: { from: null, to: 2018 }, measures: "Chinese investment in the first half of 2018.", whyDifferent: "Probably a stock at a date.", ...src },
    { id: "claim-42-8bn-2017", value: 42_800, unit: usd, qualifier: "more-than", period: { from: null, to: 2017 }, measures: "A 2017 claim.", whyDifferent: "Probably includes loans.", ...src },
  ],
  inflows: [
    { year: 2005, value: 195, unit: usd, ...src },
    { year: 2021, value: 1_804.1, unit: usd, sources: ["peoples-daily-2024"], confidence: "derived", method: "1,400 / (1 − 0.224)" },
    { year: 2022, value: 1_400, unit: usd, ...src },
    { year: 2023, value: 1_800, unit: usd, ...src },
  ],
  sectorShares: [
    { sector: "transport-logistics", value: 4_900, unit: usd, asOf: "2018-06", ...src },
    { sector: "mining", value: 2_600, unit: usd, asOf: "2018-06", ...src },
  ],
  deals: [
    { id: "petrokazakhstan-2005", date: "2005-10-26", precision: "day", title: "CNPC takes over PetroKazakhstan", description: "China's largest overseas takeover at the time.", parties: ["CNPC", "PetroKazakhstan"], sector: "oil-gas", kind: "acquisition", amount: 4_180, unit: usd, sources: ["peoples-daily-2024"], confidence: "verified" },
    { id: "aktogay-cdb-2011", date: "2011-06-13", precision: "day", title: "CDB loan for the Aktogay copper mine", description: "A loan memorandum.", parties: ["China Development Bank", "Kazakhmys"], sector: "mining", kind: "loan", amount: 1_500, unit: usd, ...src },
    { id: "cosco-khorgos-stake-2017", date: "2017-05-15", precision: "day", title: "COSCO buys 49% of the Khorgos dry port", description: "A stake in the dry port.", parties: ["COSCO Shipping"], sector: "transport-logistics", kind: "stake", amount: null, unit: usd, note: "Price not disclosed.", sources: ["peoples-daily-2024"], confidence: "verified" },
    { id: "kapshagay-solar-2018", date: "2018", precision: "year", title: "Kapshagay solar plant", description: "A solar plant.", parties: ["Investors"], sector: "renewables", kind: "investment", amount: 150, unit: usd, sources: ["peoples-daily-2024"], confidence: "unverified" },
  ],
  companies: [
    { date: "2006", precision: "year", count: 493, qualifier: "exact", ...src },
    { date: "2024-07", precision: "month", count: 4_700, qualifier: "more-than", sources: ["peoples-daily-2024"], confidence: "verified" },
  ],
};
