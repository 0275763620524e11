import { useMemo, useState, type ReactNode } from "react";
import { useLocale } from "../lib/locale";

export interface Column<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: (row: Row) => number | string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

interface Props<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Marks a row (e.g. the focus year) for the eye and for screen readers. */
  isCurrent?: (row: Row) => boolean;
}

type Sort = { id: string; dir: "ascending" | "descending" } | null;

/** The accessible data-table alternative to a chart: sortable, scrollable on its own on small screens. */
export function DataTable<Row>({ caption, columns, rows, rowKey, isCurrent }: Props<Row>) {
  const { t } = useLocale();
  const [sort, setSort] = useState<Sort>(null);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.id);
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const sign = sort.dir === "ascending" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      return sign * (typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb)));
    });
  }, [rows, columns, sort]);

  const toggle = (id: string) =>
    setSort((prev) => (prev?.id === id ? { id, dir: prev.dir === "ascending" ? "descending" : "ascending" } : { id, dir: "ascending" }));

  return (
    // A scrollable region must be reachable by keyboard to be scrolled.
    <div className="data-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={c.numeric ? "numeric" : undefined} aria-sort={sort?.id === c.id ? sort.dir : undefined}>
                {c.sortValue ? (
                  <button type="button" className="data-table__sort" onClick={() => toggle(c.id)} title={t("table.sort")}>
                    {c.header}
                    <span aria-hidden="true" className="data-table__arrow">
                      {sort?.id === c.id ? (sort.dir === "ascending" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const current = isCurrent?.(row) ?? false;
            return (
              <tr key={rowKey(row)} className={current ? "is-current" : undefined} aria-current={current ? "true" : undefined}>
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th key={c.id} scope="row" className={c.numeric ? "numeric" : undefined}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.id} className={c.numeric ? "numeric" : undefined}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
