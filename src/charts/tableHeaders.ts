/** What the header rows need to know of a column: its id and the groups it sits under, outermost first. */
export interface HeaderColumn {
  id: string;
  header: string;
  group?: readonly string[];
}

/** One header cell: a group over several columns, or a column's own header. */
export interface HeaderCell<C extends HeaderColumn> {
  key: string;
  /** The group's name; for a column's own header, the column. */
  label: string;
  column: C | null;
  /** The index of the first column it covers. */
  start: number;
  colSpan: number;
  rowSpan: number;
}

const groupOf = (c: HeaderColumn) => c.group ?? [];

/** Two columns share a group cell at `level` when they agree on every group down to it. */
function sameGroup(a: HeaderColumn, b: HeaderColumn, level: number): boolean {
  const ga = groupOf(a);
  const gb = groupOf(b);
  for (let i = 0; i <= level; i += 1) if (ga[i] === undefined || ga[i] !== gb[i]) return false;
  return true;
}

/**
 * The header rows of a table whose columns may sit under groups (a reporter over its flows, a flow over
 * its value and change): adjacent columns with the same group path share one cell, spanning them; a
 * column's own header spans down to the last row, so every column ends at the same line.
 */
export function headerRows<C extends HeaderColumn>(columns: readonly C[]): HeaderCell<C>[][] {
  const depth = Math.max(0, ...columns.map((c) => groupOf(c).length));
  const rows: HeaderCell<C>[][] = [];
  for (let level = 0; level <= depth; level += 1) {
    const row: HeaderCell<C>[] = [];
    for (let i = 0; i < columns.length;) {
      const column = columns[i]!;
      const group = groupOf(column);
      if (group.length === level) {
        row.push({ key: `c-${column.id}`, label: column.header, column, start: i, colSpan: 1, rowSpan: depth + 1 - level });
        i += 1;
      } else if (group.length > level) {
        let end = i + 1;
        while (end < columns.length && sameGroup(column, columns[end]!, level)) end += 1;
        row.push({ key: `g-${level}-${i}`, label: group[level]!, column: null, start: i, colSpan: end - i, rowSpan: 1 });
        i = end;
      } else {
        i += 1; // covered by its own header, spanning down from a row above
      }
    }
    rows.push(row);
  }
  return rows;
}

/** Where each column starts a new outermost group: there the table draws a rule between groups. */
export function groupStarts(columns: readonly HeaderColumn[]): boolean[] {
  return columns.map((c, i) => {
    if (i === 0) return false;
    const prev = columns[i - 1]!;
    return groupOf(c)[0] !== groupOf(prev)[0] && (groupOf(c).length > 0 || groupOf(prev).length > 0);
  });
}

/** For each column, the keys of the group cells above it, outermost first (for cells' `headers`). */
export function groupKeysOf<C extends HeaderColumn>(rows: readonly HeaderCell<C>[][], count: number): string[][] {
  const keys: string[][] = Array.from({ length: count }, () => []);
  for (const row of rows)
    for (const cell of row)
      if (cell.column === null) for (let i = cell.start; i < cell.start + cell.colSpan; i += 1) keys[i]?.push(cell.key);
  return keys;
}
