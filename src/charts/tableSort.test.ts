import { describe, expect, it } from "vitest";
import { nextSort, sortRows } from "./tableSort";

const rows = [
  { year: 1992, value: 368 as number | null, name: "Ürümqi" },
  { year: 1993, value: null, name: "Almaty" },
  { year: 1994, value: 335.8, name: "Zhanatas" },
  { year: 1995, value: null, name: "Khorgos 10" },
  { year: 1996, value: 390.6, name: "Khorgos 9" },
];

describe("sortRows", () => {
  it("sorts numbers either way and keeps unknown values last both times, in their order", () => {
    expect(sortRows(rows, (r) => r.value, "ascending", "en").map((r) => r.year)).toEqual([1994, 1992, 1996, 1993, 1995]);
    expect(sortRows(rows, (r) => r.value, "descending", "en").map((r) => r.year)).toEqual([1996, 1992, 1994, 1993, 1995]);
  });

  it("sorts text by the language's collation, numbers inside text by value", () => {
    expect(sortRows(rows, (r) => r.name, "ascending", "en").map((r) => r.name)).toEqual([
      "Almaty",
      "Khorgos 9",
      "Khorgos 10",
      "Ürümqi",
      "Zhanatas",
    ]);
  });

  it("leaves the rows it was given alone", () => {
    const before = rows.map((r) => r.year);
    sortRows(rows, (r) => r.value, "descending", "en");
    expect(rows.map((r) => r.year)).toEqual(before);
  });
});

describe("nextSort", () => {
  it("starts ascending and then reverses", () => {
    expect(nextSort(null, "value")).toEqual({ id: "value", dir: "ascending" });
    expect(nextSort({ id: "value", dir: "ascending" }, "value")).toEqual({ id: "value", dir: "descending" });
    expect(nextSort({ id: "value", dir: "descending" }, "value")).toEqual({ id: "value", dir: "ascending" });
    expect(nextSort({ id: "value", dir: "descending" }, "year")).toEqual({ id: "year", dir: "ascending" });
  });
});
