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
