import { sourceCsvColumns } from "../../charts/sourceColumns";
import type { CsvColumn } from "../../charts/csv";
import type { Source } from "../../data/schemas/sources";
import type { InvestmentFile } from "../../data/schemas/investment";
import { countKind } from "./counts";

/** One figure of any kind from data/investment.json: the long form the CSV download uses. */
export interface InvestmentCsvRow {
  section: "headline" | "count" | "inflow" | "sector-share" | "deal" | "companies";
  id: string;
  /** A year, a partial date, or a "from–to" period (from empty when the source gives no start). */
  date: string;
  title: string;
  value: number | null;
  unit: string;
  qualifier: string;
  category: string;
  whyDifferent: string;
  parties: string;
  confidence: string;
  method: string;
  note: string;
  sources: readonly string[];
}

const period = (p: { from: number | null; to: number }) => `${p.from ?? ""}–${p.to}`;

/** Every figure in the file, section by section, in the file's order. */
export function investmentCsvRows(file: InvestmentFile): InvestmentCsvRow[] {
  const base = (r: { confidence: string; method?: string | undefined; note?: string | undefined; sources: readonly string[] }) => ({
    confidence: r.confidence,
    method: r.method ?? "",
    note: r.note ?? "",
    sources: r.sources,
    parties: "",
    whyDifferent: "",
    qualifier: "",
    category: "",
  });
  return [
    ...[file.headline, ...file.counts].map((c, i) => ({
      ...base(c),
      section: i === 0 ? ("headline" as const) : ("count" as const),
      id: c.id,
      date: period(c.period),
      title: c.measures,
      value: c.value,
      unit: c.unit,
      qualifier: c.qualifier,
      category: i === 0 ? "" : countKind(c),
      whyDifferent: c.whyDifferent ?? "",
    })),
    ...file.inflows.map((f) => ({
      ...base(f),
      section: "inflow" as const,
      id: `inflow-${f.year}`,
      date: String(f.year),
      title: "",
      value: f.value,
      unit: f.unit,
    })),
    ...file.sectorShares.map((s) => ({
      ...base(s),
      section: "sector-share" as const,
      id: `share-${s.asOf}-${s.sector}`,
      date: s.asOf,
      title: "",
      value: s.value,
      unit: s.unit,
      category: s.sector,
    })),
    ...file.deals.map((d) => ({
      ...base(d),
      section: "deal" as const,
      id: d.id,
      date: d.date,
      title: `${d.title}. ${d.description}`,
      value: d.amount,
      unit: d.unit,
      // A commitment to spend over years is not a price: the category says so beside the figure.
      category: d.amountKind === "commitment" ? `${d.sector} / ${d.kind} / commitment` : `${d.sector} / ${d.kind}`,
      // The CSV's own list form, the same in every language.
      // eslint-disable-next-line local/no-text-concatenation
      parties: d.parties.join("; "),
    })),
    ...file.companies.map((c) => ({
      ...base(c),
      section: "companies" as const,
      id: `companies-${c.date}`,
      date: c.date,
      title: "",
      value: c.count,
      unit: "companies",
      qualifier: c.qualifier,
    })),
  ];
}

/** CSV columns; an undisclosed deal amount is an empty cell, never 0. */
export function investmentCsvColumns(sources: readonly Source[]): CsvColumn<InvestmentCsvRow>[] {
  return [
    { header: "section", value: (r) => r.section },
    { header: "id", value: (r) => r.id },
    { header: "date_or_period", value: (r) => r.date },
    { header: "what", value: (r) => r.title },
    { header: "value", value: (r) => r.value },
    { header: "unit", value: (r) => r.unit },
    { header: "qualifier", value: (r) => r.qualifier },
    { header: "kind_or_sector", value: (r) => r.category },
    { header: "why_different", value: (r) => r.whyDifferent },
    { header: "parties", value: (r) => r.parties },
    { header: "confidence", value: (r) => r.confidence },
    { header: "method", value: (r) => r.method },
    { header: "note", value: (r) => r.note },
    ...sourceCsvColumns(sources, (r: InvestmentCsvRow) => r.sources),
  ];
}
