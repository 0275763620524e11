import { describe, expect, it } from "vitest";
import { groupKeysOf, groupStarts, headerRows } from "./tableHeaders";

const col = (id: string, ...group: string[]) => ({ id, header: id.toUpperCase(), group });

describe("headerRows", () => {
  it("gives a flat table one row of column headers", () => {
    const rows = headerRows([
      { id: "year", header: "Year" },
      { id: "value", header: "Value" },
    ]);
    expect(rows.map((r) => r.map((c) => [c.label, c.colSpan, c.rowSpan]))).toEqual([
      [
        ["Year", 1, 1],
        ["Value", 1, 1],
      ],
    ]);
  });

  it("spans groups over their columns and ungrouped headers down to the last row", () => {
    const columns = [
      col("year"),
      col("cnTotal", "China", "Total"),
      col("cnTotalChange", "China", "Total"),
      col("cnExports", "China", "Exports"),
      col("kzTotal", "Kazakhstan", "Total"),
      col("sources"),
    ];
    const rows = headerRows(columns);
    expect(rows.map((r) => r.map((c) => `${c.label}:${c.start}/${c.colSpan}x${c.rowSpan}`))).toEqual([
      ["YEAR:0/1x3", "China:1/3x1", "Kazakhstan:4/1x1", "SOURCES:5/1x3"],
      ["Total:1/2x1", "Exports:3/1x1", "Total:4/1x1"],
      ["CNTOTAL:1/1x1", "CNTOTALCHANGE:2/1x1", "CNEXPORTS:3/1x1", "KZTOTAL:4/1x1"],
    ]);
    expect(groupKeysOf(rows, columns.length)).toEqual([
      [],
      ["g-0-1", "g-1-1"],
      ["g-0-1", "g-1-1"],
      ["g-0-1", "g-1-3"],
      ["g-0-4", "g-1-4"],
      [],
    ]);
    expect(groupStarts(columns)).toEqual([false, true, false, false, true, true]);
  });

  it("does not merge same-named groups under different parents", () => {
    const rows = headerRows([col("a", "China", "Total"), col("b", "Kazakhstan", "Total")]);
    expect(rows[1]!.map((c) => c.colSpan)).toEqual([1, 1]);
  });
});
