import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { wideTradeFixture } from "../../../tests/fixtures/trade";
import { inLanguage } from "../../data/inLanguage";
import { tradeFileSchema } from "../../data/schemas/trade";
import { LocaleProvider } from "../../lib/LocaleProvider";
import { TradeYearTable } from "./TradeYearTable";

const file = inLanguage(tradeFileSchema.parse(wideTradeFixture), "en");
const sourceName = (id: string) => ({ "imf-dots-china": "IMF", "imf-dots-kazakhstan": "IMF" })[id] ?? "People's Daily";

function renderTable(focusYear: number | null = null) {
  render(
    <LocaleProvider lang="en">
      <TradeYearTable file={file} sourceName={sourceName} focusYear={focusYear} />
    </LocaleProvider>,
  );
  return screen.getByRole("table", { name: /^Trade by year as each country reports it, in millions of US dollars/ });
}

const years = (table: HTMLElement) =>
  within(table)
    .getAllByRole("rowheader")
    .map((h) => h.textContent);
const rowOf = (table: HTMLElement, year: number) =>
  within(table)
    .getByRole("rowheader", { name: String(year) })
    .closest("tr")!;
/** The headers a screen reader reads with a cell, from its `headers` attribute, without the sort arrows. */
const headersOf = (cell: Element) =>
  cell
    .getAttribute("headers")!
    .split(" ")
    .map((id) => document.getElementById(id)!.textContent!.replace(/[↕▲▼]/g, "").trim());

describe("TradeYearTable", () => {
  it("has one row per year, first to latest, in order", () => {
    const table = renderTable();
    expect(years(table)).toEqual(["1992", "1993", "1994", "1995", "1996"]);
    expect(within(table).getByRole("columnheader", { name: /Year/ })).toHaveAttribute("aria-sort", "ascending");
  });

  it("groups the columns under a header row for the reporter over one for the flow, as the legend names them", () => {
    const table = renderTable();
    const groups = within(table)
      .getAllByRole("columnheader")
      .filter((h) => h.getAttribute("scope") === "colgroup")
      .map((h) => [h.textContent, h.getAttribute("colspan")]);
    expect(groups).toEqual([
      ["China customs", "4"],
      ["Kazakhstan's statistics", "4"],
      ["Total", "2"],
      ["goods China → Kazakhstan", "2"],
      ["Total", "2"],
      ["goods China → Kazakhstan", "2"],
    ]);
    expect(within(table).getAllByRole("columnheader", { name: /US\$ M/ })).toHaveLength(4);
    expect(within(table).getAllByRole("columnheader", { name: /change/ })).toHaveLength(4);
  });

  it("gives each value its change on the year before, read with its reporter and flow", () => {
    const table = renderTable();
    const row = rowOf(table, 1993);
    const value = within(row).getByRole("cell", { name: "111.2" });
    expect(headersOf(value)).toEqual(["1993", "China customs", "goods China → Kazakhstan", "US$ M"]);
    const change = value.nextElementSibling!;
    expect(change).toHaveTextContent("-50.0%");
    expect(headersOf(change)).toEqual(["1993", "China customs", "goods China → Kazakhstan", "change"]);
    expect(within(rowOf(table, 1996)).getByRole("cell", { name: "+100.0%" })).toBeInTheDocument();
  });

  it("reads a missing value as not reported, never 0, and computes no change across the gap", () => {
    const table = renderTable();
    const gap = within(rowOf(table, 1994)).getAllByRole("cell");
    expect(gap[0]).toHaveTextContent("not reported");
    expect(gap[1]).toHaveTextContent("");
    const after = within(rowOf(table, 1995)).getAllByRole("cell");
    expect(after[0]).toHaveTextContent("450.0");
    expect(after[1]).toHaveAccessibleName("no figure for the year before");
    expect(within(table).queryByRole("cell", { name: /^0(\.0)?$/ })).toBeNull();
  });

  it("sorts by a value column, unknown values last either way, and back by year", async () => {
    const table = renderTable();
    const cnTotal = within(table).getAllByRole("columnheader", { name: /US\$ M/ })[0]!;
    await userEvent.click(within(cnTotal).getByRole("button"));
    expect(cnTotal).toHaveAttribute("aria-sort", "ascending");
    expect(years(table)).toEqual(["1996", "1992", "1995", "1993", "1994"]);
    await userEvent.click(within(cnTotal).getByRole("button"));
    expect(cnTotal).toHaveAttribute("aria-sort", "descending");
    expect(years(table)).toEqual(["1993", "1995", "1992", "1996", "1994"]);
    const kzChange = within(table).getAllByRole("columnheader", { name: /change/ })[2]!;
    await userEvent.click(within(kzChange).getByRole("button"));
    expect(years(table)).toEqual(["1994", "1995", "1993", "1996", "1992"]);
    const year = within(table).getByRole("columnheader", { name: /Year/ });
    await userEvent.click(within(year).getByRole("button"));
    expect(years(table)).toEqual(["1992", "1993", "1994", "1995", "1996"]);
  });

  it("marks estimated, derived and unverified values with a link to their note, and names each year's sources", () => {
    const table = renderTable();
    const note = within(rowOf(table, 1996)).getByRole("link", { name: "Note 4" });
    const target = document.getElementById(note.getAttribute("href")!.slice(1))!;
    expect(target).toHaveTextContent(
      "Kazakhstan's statistics, 1996: computed from published figures, not published itself: 1997's total divided by its growth",
    );
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Kazakhstan's statistics, 1992: an IMF estimate, not the reporter's own figure.",
      "Kazakhstan's statistics, 1993: an IMF estimate, not the reporter's own figure.",
      "China customs, 1996: not yet checked against a primary source.",
      "Kazakhstan's statistics, 1996: computed from published figures, not published itself: 1997's total divided by its growth",
    ]);
    expect(within(rowOf(table, 1992)).getByRole("cell", { name: "IMF and People's Daily" })).toBeInTheDocument();
  });

  it("marks the focus year", () => {
    const table = renderTable(1995);
    expect(rowOf(table, 1995)).toHaveAttribute("aria-current", "true");
    expect(rowOf(table, 1994)).not.toHaveAttribute("aria-current");
  });
});
