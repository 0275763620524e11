import { collationLocale } from "../lib/intlLocale";
/** A table's sort: which column, which way; null keeps the rows in the order they were given. */
export type TableSort = { id: string; dir: "ascending" | "descending" } | null;

/** A cell's sort value; null (not reported, not disclosed) goes last whichever way the column is sorted. */
export type SortValue = number | string | null;

/** The rows in the sort's order: numbers by value, text by the language's collation, unknowns last; stable. */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => SortValue, dir: "ascending" | "descending", lang: string): Row[] {
  const collator = new Intl.Collator(collationLocale(lang), { numeric: true });
  const sign = dir === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return sign * (typeof va === "number" && typeof vb === "number" ? va - vb : collator.compare(String(va), String(vb)));
  });
}

/** The next sort when a column's header is pressed: ascending first, then the other way. */
export function nextSort(prev: TableSort, id: string): TableSort {
  return prev?.id === id ? { id, dir: prev.dir === "ascending" ? "descending" : "ascending" } : { id, dir: "ascending" };
}
