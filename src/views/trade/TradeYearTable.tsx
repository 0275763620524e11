import { useId, useMemo } from "react";
import { DataTable } from "../../charts/DataTable";
import type { TradeFile } from "../../data/schemas/trade";
import { useLocale } from "../../lib/locale";
import { tableColumns } from "./tradeTable";
import { seriesLabel } from "./tradeText";
import { noteKey, tradeNotes, tradeYears, wideSeries, type TradeYear } from "./tradeWide";

interface Props {
  file: TradeFile;
  sourceName: (id: string) => string;
  /** The shared focus year, marked in the table. */
  focusYear: number | null;
}

const INITIAL_SORT = { id: "year", dir: "ascending" } as const;
const yearKey = (y: TradeYear) => String(y.year);

/** The trade data table: one row per year, a column per reporter and flow with its change, and notes on marked figures. */
export function TradeYearTable({ file, sourceName, focusYear }: Props) {
  const locale = useLocale();
  const { t } = locale;
  const notesId = useId();
  const years = useMemo(() => tradeYears(file), [file]);
  const notes = useMemo(() => tradeNotes(file, years), [file, years]);
  const columns = useMemo(() => {
    const byKey = new Map(notes.map((n) => [noteKey(n.series.id, n.year), n]));
    const noteOf = (seriesId: string, year: number) => {
      const note = byKey.get(noteKey(seriesId, year));
      return note && { n: note.n, href: `#${notesId}-${note.n}` };
    };
    return tableColumns(locale, { series: wideSeries(file), sourceName, noteOf });
  }, [locale, file, sourceName, notes, notesId]);

  return (
    <div className="trade-table">
      <DataTable
        caption={t("table.trade.caption")}
        columns={columns}
        rows={years}
        rowKey={yearKey}
        isCurrent={(y) => y.year === focusYear}
        initialSort={INITIAL_SORT}
      />
      <p className="data-table__key">{t("table.trade.key")}</p>
      {notes.length > 0 && (
        <>
          <p className="data-table__notes-title">{t("table.trade.notes")}</p>
          <ol className="data-table__notes">
            {notes.map((n) => (
              <li key={n.n} id={`${notesId}-${n.n}`}>
                {t(`table.trade.note.${n.mark}`, { series: seriesLabel(locale, n.series), year: n.year, method: n.point.method ?? "" })}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
