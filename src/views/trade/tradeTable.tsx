import type { Column } from "../../charts/DataTable";
import type { TradeSeries } from "../../data/schemas/trade";
import type { Locale } from "../../lib/locale";
import type { TradeYear } from "./tradeWide";
import { numberLocale, percentText } from "../../lib/intlLocale";

const formats = new Map<string, Intl.NumberFormat>();
/** One Intl number format per language and purpose, made once. */
function numberFormat(lang: string, purpose: "millions" | "change"): Intl.NumberFormat {
  const key = `${lang} ${purpose}`;
  let format = formats.get(key);
  if (!format) {
    const decimals = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    format = new Intl.NumberFormat(
      numberLocale(lang),
      purpose === "change" ? { ...decimals, style: "percent", signDisplay: "exceptZero" } : decimals,
    );
    formats.set(key, format);
  }
  return format;
}

/**
 * Millions of US dollars with one decimal ("21,433.3"): the data's own precision, so no figure is rounded
 * away, and every figure has the same decimals, so a column lines up and compares at a glance.
 */
export const formatMillions = (lang: string, millions: number) => numberFormat(lang, "millions").format(millions);

/** A change as a signed percentage with one decimal ("+18.1%", "-63.0%"), the same decimals down the column. */
export const formatChange = (lang: string, fraction: number) => percentText(lang, numberFormat(lang, "change").format(fraction));

/** A flow's name under its reporter, as the chart's legend gives it. */
export const flowName = ({ t }: Pick<Locale, "t">, s: TradeSeries) =>
  s.flow === "total" ? t("trade.flow.total") : t(`trade.flow.${s.reporter}.${s.flow}`);

interface Options {
  /** The series, in the order of the columns. */
  series: readonly TradeSeries[];
  sourceName: (id: string) => string;
  /** The number of a figure's note and the address of the note, if it has one. */
  noteOf: (seriesId: string, year: number) => { n: number; href: string } | undefined;
}

/**
 * The wide table's columns: the year, then for each reporter and flow its value and its change on the
 * year before (under a header row for the reporter over one for the flow), then the year's sources.
 */
export function tableColumns(locale: Locale, { series, sourceName, noteOf }: Options): Column<TradeYear>[] {
  const { t, fmt, lang } = locale;
  return [
    { id: "year", header: t("trade.table.year"), cell: (y) => y.year, sortValue: (y) => y.year },
    ...series.flatMap((s): Column<TradeYear>[] => {
      const group = [t(`trade.reporter.${s.reporter}`), flowName(locale, s)];
      const cellOf = (y: TradeYear) => y.cells[s.id];
      return [
        {
          id: s.id,
          header: t("table.trade.value"),
          group,
          numeric: true,
          sortValue: (y) => cellOf(y)?.point?.value ?? null,
          cell: (y) => {
            const point = cellOf(y)?.point;
            if (!point) return <span className="data-table__unknown">{t("table.trade.notReported")}</span>;
            const note = noteOf(s.id, y.year);
            return (
              <>
                {formatMillions(lang, point.value)}
                {note && (
                  <sup className="data-table__mark">
                    <a href={note.href} aria-label={t("table.trade.noteRef", { n: note.n })}>
                      {note.n}
                    </a>
                  </sup>
                )}
              </>
            );
          },
        },
        {
          id: `${s.id}-change`,
          header: t("table.trade.change"),
          group,
          numeric: true,
          sortValue: (y) => cellOf(y)?.change ?? null,
          cell: (y) => {
            const c = cellOf(y);
            // A year with no figure says so in its value column; its change is left blank.
            if (!c?.point) return null;
            if (c.change === null)
              return (
                <>
                  <span aria-hidden="true">—</span>
                  <span className="visually-hidden">{t("trade.noChange")}</span>
                </>
              );
            return formatChange(lang, c.change);
          },
        },
      ];
    }),
    {
      id: "sources",
      header: t("trade.table.sources"),
      text: true,
      cell: (y) => fmt.list([...new Set(y.sources.map(sourceName))]),
    },
  ];
}
