import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { LocaleProvider } from "../lib/LocaleProvider";
import { DataTable, type Column } from "./DataTable";

type Row = { year: number; value: number };
const rows: Row[] = [
  { year: 1992, value: 368 },
  { year: 2013, value: 28_564 },
  { year: 2016, value: 13_066 },
];
const columns: Column<Row>[] = [
  { id: "year", header: "Year", cell: (r) => r.year, sortValue: (r) => r.year },
  { id: "value", header: "Value", cell: (r) => `$${r.value}M`, sortValue: (r) => r.value, numeric: true },
];

const firstColumn = () =>
  within(screen.getByRole("table"))
    .getAllByRole("rowheader")
    .map((c) => c.textContent);

describe("DataTable", () => {
  it("is a captioned, keyboard-scrollable table with row headers", () => {
    render(
      <LocaleProvider lang="en">
        <DataTable
          caption="Trade by year"
          columns={columns}
          rows={rows}
          rowKey={(r) => String(r.year)}
          isCurrent={(r) => r.year === 2013}
        />
      </LocaleProvider>,
    );
    expect(screen.getByRole("region", { name: "Trade by year" })).toHaveAttribute("tabindex", "0");
    expect(screen.getByRole("table", { name: "Trade by year" })).toBeInTheDocument();
    expect(firstColumn()).toEqual(["1992", "2013", "2016"]);
    expect(screen.getByRole("rowheader", { name: "2013" }).closest("tr")).toHaveAttribute("aria-current", "true");
  });

  it("sorts by a column, then reverses", async () => {
    render(
      <LocaleProvider lang="en">
        <DataTable caption="Trade by year" columns={columns} rows={rows} rowKey={(r) => String(r.year)} />
      </LocaleProvider>,
    );
    const valueHeader = screen.getByRole("columnheader", { name: /Value/ });
    await userEvent.click(within(valueHeader).getByRole("button"));
    expect(valueHeader).toHaveAttribute("aria-sort", "ascending");
    expect(firstColumn()).toEqual(["1992", "2016", "2013"]);
    await userEvent.click(within(valueHeader).getByRole("button"));
    expect(valueHeader).toHaveAttribute("aria-sort", "descending");
    expect(firstColumn()).toEqual(["2013", "2016", "1992"]);
  });
});

describe("DataTable: grouped columns and unknown values", () => {
  type Year = { year: number; cn: number | null; kz: number | null };
  const years: Year[] = [
    { year: 1992, cn: 368, kz: null },
    { year: 1993, cn: null, kz: 428 },
    { year: 1994, cn: 335.8, kz: 218.7 },
  ];
  const grouped: Column<Year>[] = [
    { id: "year", header: "Year", cell: (r) => r.year, sortValue: (r) => r.year },
    { id: "cn", header: "Total", group: ["China"], cell: (r) => r.cn ?? "not reported", sortValue: (r) => r.cn, numeric: true },
    { id: "kz", header: "Total", group: ["Kazakhstan"], cell: (r) => r.kz ?? "not reported", sortValue: (r) => r.kz, numeric: true },
  ];
  const renderYears = () =>
    render(
      <LocaleProvider lang="en">
        <DataTable
          caption="By year"
          columns={grouped}
          rows={years}
          rowKey={(r) => String(r.year)}
          initialSort={{ id: "year", dir: "descending" }}
        />
      </LocaleProvider>,
    );

  it("starts in the order it is given, and says so on that column", () => {
    renderYears();
    expect(screen.getByRole("columnheader", { name: /Year/ })).toHaveAttribute("aria-sort", "descending");
    expect(firstColumn()).toEqual(["1994", "1993", "1992"]);
  });

  it("draws a group header over its columns, and each cell names its group", () => {
    renderYears();
    const china = screen.getByRole("columnheader", { name: "China" });
    expect(china).toHaveAttribute("scope", "colgroup");
    const cell = screen.getByRole("cell", { name: "368" });
    const names = cell
      .getAttribute("headers")!
      .split(" ")
      .map((id) => document.getElementById(id)!.textContent);
    expect(names).toEqual(["1992", "China", "Total↕"]);
  });

  it("sorts unknown values last, whichever way", async () => {
    renderYears();
    const [cn] = screen.getAllByRole("columnheader", { name: /Total/ });
    await userEvent.click(within(cn!).getByRole("button"));
    expect(firstColumn()).toEqual(["1994", "1992", "1993"]);
    await userEvent.click(within(cn!).getByRole("button"));
    expect(firstColumn()).toEqual(["1992", "1994", "1993"]);
  });
});
