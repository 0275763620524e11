import { useId, useMemo, useState, type ReactNode } from "react";
import { useLocale } from "../lib/locale";
import { groupKeysOf, groupStarts, headerRows, type HeaderCell } from "./tableHeaders";
import { nextSort, sortRows, type SortValue, type TableSort } from "./tableSort";
import { useTableScroll } from "./useTableScroll";
import "./charts.css";

export interface Column<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable by this value; null (not reported, not disclosed) sorts last either way. */
  sortValue?: (row: Row) => SortValue;
  /** Right-aligned, tabular figures, never wrapped. */
  numeric?: boolean;
  /** The groups the column sits under, outermost first (a reporter, then a flow): one header cell spans each run. */
  group?: readonly string[];
  /** Running text (a description, a list of sources): given room to be read instead of squeezed to its longest word. */
  text?: boolean;
}

interface Props<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Marks a row (e.g. the focus year) for the eye and for screen readers. */
  isCurrent?: (row: Row) => boolean;
  /** The order the rows start in, shown on that column's header; without it, the order they are given in, unmarked. */
  initialSort?: TableSort;
}

const cellClass = (column: Column<never>, first: boolean, groupStart: boolean) =>
  [column.numeric && "numeric", column.text && "data-table__text", first && "data-table__first", groupStart && "data-table__group-start"]
    .filter(Boolean)
    .join(" ") || undefined;

/**
 * The accessible data-table alternative to a chart, readable on any screen: the page scrolls it up and down
 * (its header then stays at the top of the window), its own box scrolls sideways only, with the first
 * column kept in place and a shadow and hint where columns are hidden; sortable, with grouped headers.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, isCurrent, initialSort = null }: Props<Row>) {
  const { t, lang } = useLocale();
  const [sort, setSort] = useState<TableSort>(initialSort);
  const { regionRef, tableRef, floatRef, state } = useTableScroll();
  const base = useId();
  const titleId = `${base}-title`;

  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.id);
    return sort && column?.sortValue ? sortRows(rows, column.sortValue, sort.dir, lang) : rows;
  }, [rows, columns, sort, lang]);
  const header = useMemo(() => headerRows(columns), [columns]);
  const starts = useMemo(() => groupStarts(columns), [columns]);
  const grouped = header.length > 1;
  const groupKeys = useMemo(() => groupKeysOf(header, columns.length), [header, columns.length]);
  const headerId = (key: string) => `${base}-${key}`;
  const toggle = (id: string) => setSort((prev) => nextSort(prev, id));
  const ariaSort = (c: Column<Row>) => (sort?.id === c.id ? sort.dir : undefined);
  const arrow = (c: Column<Row>) => (
    <span aria-hidden="true" className="data-table__arrow">
      {sort?.id === c.id ? (sort.dir === "ascending" ? "▲" : "▼") : "↕"}
    </span>
  );

  /** A header cell of the table itself (`copy` false) or of its floating copy, which is hidden from assistive technology. */
  const headerCell = (cell: HeaderCell<Column<Row>>, copy: boolean) => {
    const c = cell.column;
    const span = { colSpan: cell.colSpan > 1 ? cell.colSpan : undefined, rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined };
    if (!c) {
      return (
        <th
          key={cell.key}
          id={copy ? undefined : headerId(cell.key)}
          scope="colgroup"
          className={starts[cell.start] ? "data-table__group data-table__group-start" : "data-table__group"}
          {...span}
        >
          <span>{cell.label}</span>
        </th>
      );
    }
    const className = cellClass(c as Column<never>, cell.start === 0, starts[cell.start] ?? false);
    if (copy) {
      // The copy sorts on a click, for pointers; keyboards and screen readers use the table's own header.
      return (
        <th key={cell.key} className={className} {...span} onClick={c.sortValue ? () => toggle(c.id) : undefined}>
          {c.sortValue ? (
            <span className="data-table__sort">
              {c.header}
              {arrow(c)}
            </span>
          ) : (
            c.header
          )}
        </th>
      );
    }
    return (
      <th key={cell.key} id={headerId(cell.key)} scope="col" className={className} aria-sort={ariaSort(c)} {...span}>
        {c.sortValue ? (
          <button type="button" className="data-table__sort" onClick={() => toggle(c.id)} title={t("table.sort")}>
            {c.header}
            {arrow(c)}
          </button>
        ) : (
          c.header
        )}
      </th>
    );
  };

  const hidden = state.before || state.after;
  return (
    <div className="data-table" data-before={state.before || undefined} data-after={state.after || undefined}>
      <div className="data-table__top">
        <p id={titleId} className="data-table__title">
          {caption}
        </p>
        {hidden && (
          <p className="data-table__hint">
            <span aria-hidden="true">⇆ </span>
            {t("table.scrollHint")}
          </p>
        )}
      </div>
      <div className="data-table__float" ref={floatRef} aria-hidden="true">
        {state.float && (
          <div className="data-table__float-box">
            <table style={{ width: state.float.width }}>
              <colgroup>
                {state.float.widths.map((w, i) => (
                  <col key={columns[i]?.id ?? i} style={{ width: w }} />
                ))}
              </colgroup>
              <thead>
                {header.map((row, i) => (
                  <tr key={i}>{row.map((cell) => headerCell(cell, true))}</tr>
                ))}
              </thead>
            </table>
          </div>
        )}
      </div>
      <div className="data-table__frame">
        {/* A box that scrolls must be reachable by keyboard to be scrolled: arrow keys move it sideways. */}
        <div className="data-table__box" ref={regionRef} role="region" aria-labelledby={titleId} tabIndex={0}>
          <table ref={tableRef} aria-labelledby={titleId}>
            <thead>
              {header.map((row, i) => (
                <tr key={i}>{row.map((cell) => headerCell(cell, false))}</tr>
              ))}
            </thead>
            <tbody>
              {sorted.map((row, r) => {
                const current = isCurrent?.(row) ?? false;
                const rowHeader = `${base}-r${r}`;
                return (
                  <tr key={rowKey(row)} className={current ? "is-current" : undefined} aria-current={current ? "true" : undefined}>
                    {columns.map((c, i) => {
                      const className = cellClass(c as Column<never>, i === 0, starts[i] ?? false);
                      if (i === 0) {
                        return (
                          <th key={c.id} id={grouped ? rowHeader : undefined} scope="row" className={className}>
                            {c.cell(row)}
                          </th>
                        );
                      }
                      // Under grouped headers, each cell names its headers outright: screen readers then read
                      // "Kazakhstan's statistics, Total, change" rather than guessing from the spans.
                      const headers = grouped
                        ? [rowHeader, ...(groupKeys[i] ?? []), `c-${c.id}`].map((k, j) => (j === 0 ? k : headerId(k)))
                        : [];
                      return (
                        <td key={c.id} className={className} headers={grouped ? headers.join(" ") : undefined}>
                          {c.cell(row)}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
