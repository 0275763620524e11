import { useMemo } from "react";
import { DataTable, type Column } from "../../charts/DataTable";
import type { Share } from "../../data/schemas/trade";
import { useLocale } from "../../lib/locale";
import { orderedShares, shareText, shareWhen } from "./shares";

interface Props {
  shares: readonly Share[];
  sourceName: (id: string) => string;
  focusYear: number | null;
}

/** China's share of Kazakhstan's trade as a table: each published figure, its months, its note and its sources. */
export function TradeSharesTable({ shares, sourceName, focusYear }: Props) {
  const locale = useLocale();
  const { t, fmt } = locale;
  const rows = useMemo(() => orderedShares(shares), [shares]);
  const columns = useMemo(
    (): Column<Share>[] => [
      { id: "when", header: t("table.share.when"), cell: (s) => shareWhen(locale, s), sortValue: (s) => s.year },
      { id: "share", header: t("table.share.share"), cell: (s) => shareText(locale, s), sortValue: (s) => s.value },
      { id: "note", header: t("table.share.note"), text: true, cell: (s) => s.note },
      { id: "sources", header: t("trade.table.sources"), text: true, cell: (s) => fmt.list([...new Set(s.sources.map(sourceName))]) },
    ],
    [locale, t, fmt, sourceName],
  );
  if (rows.length === 0) return null;
  return (
    <div className="trade-table">
      <DataTable
        caption={t("table.share.caption")}
        columns={columns}
        rows={rows}
        rowKey={(s) => s.id}
        isCurrent={(s) => s.year === focusYear}
      />
    </div>
  );
}
