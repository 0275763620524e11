import type { Column } from "../../charts/DataTable";
import { DataTable } from "../../charts/DataTable";
import { precisionOf } from "../../lib/partialDate";
import type { Deal, InvestmentCount, InvestmentFile } from "../../data/schemas/investment";
import { useLocale } from "../../lib/locale";
import { countKind } from "./counts";
import { dealAmountText, dealYear } from "./deals";
import { periodLabel, qualified } from "../../data/derive/investment";

type Inflow = InvestmentFile["inflows"][number];
type Share = InvestmentFile["sectorShares"][number];
type Company = InvestmentFile["companies"][number];

interface Props {
  file: InvestmentFile;
  sourceName: (id: string) => string;
  focusYear: number | null;
}

/** The table alternative: every figure in the file, in five captioned tables, nothing left out. */
export function InvestmentTables({ file, sourceName, focusYear }: Props) {
  const locale = useLocale();
  const { t, fmt } = locale;
  const sources = (ids: readonly string[]) => fmt.entries(ids.map(sourceName));
  const provenance = (r: { confidence: InvestmentCount["confidence"]; method?: string | undefined; note?: string | undefined }) => {
    const detail = [r.method, r.note].filter((text): text is string => text !== undefined && text !== "");
    const confidence = t(`confidence.${r.confidence}`);
    return detail.length === 0 ? confidence : t("text.explained", { text: confidence, detail: fmt.entries(detail) });
  };

  const countColumns: Column<InvestmentCount>[] = [
    { id: "measures", header: t("investment.col.count"), cell: (c) => c.measures, text: true },
    {
      id: "value",
      header: t("investment.col.amount"),
      cell: (c) => qualified(locale, c.qualifier, fmt.usdExact(c.value)),
      sortValue: (c) => c.value,
      numeric: true,
    },
    { id: "period", header: t("investment.col.period"), cell: (c) => periodLabel(locale, c.period), sortValue: (c) => c.period.to },
    {
      id: "kind",
      header: t("investment.col.kind"),
      cell: (c) => (c === file.headline ? t("investment.kind.tally") : t(`investment.kind.${countKind(c)}`)),
    },
    { id: "why", header: t("investment.col.why"), cell: (c) => c.whyDifferent ?? "", text: true },
    { id: "confidence", header: t("investment.col.confidence"), cell: provenance, sortValue: (c) => c.confidence, text: true },
    { id: "sources", header: t("investment.col.sources"), cell: (c) => sources(c.sources), text: true },
  ];
  const inflowColumns: Column<Inflow>[] = [
    { id: "year", header: t("investment.col.year"), cell: (i) => i.year, sortValue: (i) => i.year },
    { id: "value", header: t("investment.col.amount"), cell: (i) => fmt.usdExact(i.value), sortValue: (i) => i.value, numeric: true },
    { id: "confidence", header: t("investment.col.confidence"), cell: provenance, sortValue: (i) => i.confidence, text: true },
    { id: "sources", header: t("investment.col.sources"), cell: (i) => sources(i.sources), text: true },
  ];
  // One row per deal, named by its title, which stays in sight while the other columns scroll by.
  const dealColumns: Column<Deal>[] = [
    { id: "title", header: t("investment.col.deal"), cell: (d) => d.title, sortValue: (d) => d.title, text: true },
    { id: "date", header: t("investment.col.date"), cell: (d) => fmt.date(d.date, d.precision), sortValue: (d) => d.date },
    {
      id: "sector",
      header: t("investment.col.sector"),
      cell: (d) => t("text.pair", { first: t(`investment.sector.${d.sector}`), second: t(`investment.dealKind.${d.kind}`) }),
      sortValue: (d) => d.sector,
    },
    {
      id: "amount",
      header: t("investment.col.amount"),
      cell: (d) => (d.amount === null ? <span className="data-table__unknown">{t("value.notDisclosed")}</span> : dealAmountText(d, t, fmt)),
      sortValue: (d) => d.amount,
      numeric: true,
    },
    { id: "parties", header: t("investment.deal.parties"), cell: (d) => fmt.list(d.parties), text: true },
    { id: "description", header: t("table.col.description"), cell: (d) => d.description, text: true },
    { id: "confidence", header: t("investment.col.confidence"), cell: provenance, sortValue: (d) => d.confidence, text: true },
    { id: "sources", header: t("investment.col.sources"), cell: (d) => sources(d.sources), text: true },
  ];
  const shareColumns: Column<Share>[] = [
    { id: "sector", header: t("investment.col.sector"), cell: (s) => t(`investment.sector.${s.sector}`), sortValue: (s) => s.sector },
    { id: "value", header: t("investment.col.amount"), cell: (s) => fmt.usdExact(s.value), sortValue: (s) => s.value, numeric: true },
    { id: "asOf", header: t("investment.col.date"), cell: (s) => fmt.date(s.asOf, precisionOf(s.asOf)), sortValue: (s) => s.asOf },
    { id: "confidence", header: t("investment.col.confidence"), cell: provenance, text: true },
    { id: "sources", header: t("investment.col.sources"), cell: (s) => sources(s.sources), text: true },
  ];
  const companyColumns: Column<Company>[] = [
    { id: "date", header: t("investment.col.date"), cell: (c) => fmt.date(c.date, c.precision), sortValue: (c) => c.date },
    {
      id: "count",
      header: t("investment.col.companies"),
      cell: (c) => qualified(locale, c.qualifier, fmt.number(c.count)),
      sortValue: (c) => c.count,
      numeric: true,
    },
    { id: "confidence", header: t("investment.col.confidence"), cell: provenance, text: true },
    { id: "sources", header: t("investment.col.sources"), cell: (c) => sources(c.sources), text: true },
  ];

  return (
    <div className="investment-tables">
      <DataTable
        caption={t("investment.table.counts")}
        columns={countColumns}
        rows={[file.headline, ...file.counts]}
        rowKey={(c) => c.id}
        isCurrent={(c) => c === file.headline}
      />
      <DataTable
        caption={t("investment.table.inflows")}
        columns={inflowColumns}
        rows={file.inflows}
        rowKey={(i) => String(i.year)}
        isCurrent={(i) => i.year === focusYear}
      />
      <DataTable
        caption={t("investment.table.deals")}
        columns={dealColumns}
        rows={file.deals}
        rowKey={(d) => d.id}
        isCurrent={(d) => dealYear(d) === focusYear}
      />
      {file.sectorShares.length > 0 && (
        <DataTable
          caption={t("investment.table.shares")}
          columns={shareColumns}
          rows={file.sectorShares}
          rowKey={(s) => `${s.asOf}-${s.sector}`}
        />
      )}
      {file.companies.length > 0 && (
        <DataTable caption={t("investment.table.companies")} columns={companyColumns} rows={file.companies} rowKey={(c) => c.date} />
      )}
    </div>
  );
}
