import { useMemo } from "react";
import { DataTable, type Column } from "../../charts/DataTable";
import type { TradeFile } from "../../data/schemas/trade";
import { useLocale } from "../../lib/locale";
import { compositionRows, DIRECTIONS, type CompositionRow } from "./composition";
import { formatChange, formatMillions } from "./tradeTable";

interface Props {
  file: Pick<TradeFile, "composition">;
  sourceName: (id: string) => string;
  /** The shared focus year, marked in the table. */
  focusYear: number | null;
}

const rowKey = (r: CompositionRow) => `${r.entry.id} ${r.group.id}`;

/** What the trade is made of, as a table: one row per product group, year and direction, every figure as published. */
export function TradeCompositionTable({ file, sourceName, focusYear }: Props) {
  const { t, fmt, lang } = useLocale();
  const rows = useMemo(() => compositionRows(file), [file]);
  const columns = useMemo((): Column<CompositionRow>[] => {
    const notGiven = <span className="data-table__unknown">{t("table.made.notGiven")}</span>;
    return [
      { id: "year", header: t("trade.table.year"), cell: (r) => r.entry.year, sortValue: (r) => r.entry.year },
      {
        id: "direction",
        header: t("table.made.direction"),
        cell: (r) => t(`trade.made.direction.${r.entry.direction}`),
        sortValue: (r) => DIRECTIONS.indexOf(r.entry.direction),
      },
      { id: "group", header: t("table.made.group"), cell: (r) => r.group.label, sortValue: (r) => r.group.label },
      {
        id: "value",
        header: t("table.made.value"),
        numeric: true,
        sortValue: (r) => r.group.value ?? null,
        cell: (r) => {
          if (r.group.value === undefined) return notGiven;
          const value = formatMillions(lang, r.group.value);
          return r.group.atLeast ? t("trade.made.atLeast", { value }) : value;
        },
      },
      {
        id: "change",
        header: t("table.trade.change"),
        numeric: true,
        sortValue: (r) => r.group.change ?? null,
        cell: (r) => (r.group.change === undefined ? notGiven : formatChange(lang, r.group.change)),
      },
      {
        id: "sources",
        header: t("trade.table.sources"),
        text: true,
        cell: (r) => fmt.list([...new Set(r.group.sources.map(sourceName))]),
      },
    ];
  }, [t, fmt, lang, sourceName]);

  if (rows.length === 0) return null;
  return (
    <div className="trade-table">
      <DataTable
        caption={t("table.made.caption")}
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        isCurrent={(r) => r.entry.year === focusYear}
      />
      <p className="data-table__key">{t("table.made.key")}</p>
    </div>
  );
}
