import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { mockLayout } from "../../../tests/mockLayout";
import { renderApp } from "../../../tests/renderApp";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import { PLAY_STEP_MS } from "./play";
import { TradeView } from "./TradeView";

const WIDTH = 800;

beforeEach(() => {
  mockLayout({ width: WIDTH, height: 400 });
  stubDataFetch();
});

async function renderTrade(search = "") {
  renderApp(<TradeView />, { search });
  return screen.findByRole("group", { name: /^Line chart of China–Kazakhstan trade/ });
}

const live = () => document.querySelector('[aria-live="polite"]')!.textContent;

describe("TradeView", () => {
  it("states the headline and the two reporters' latest shared year, computed from the data", async () => {
    await renderTrade();
    expect(screen.getByText("$368M in 1992 → $41B in 2023: 111‑fold")).toBeInTheDocument();
    expect(
      screen.getByText(
        /In 2023, China's customs recorded \$41B of trade and Kazakhstan's statistics \$31.4B: China's figure is 30.6% higher\./,
      ),
    ).toBeInTheDocument();
  });

  it("moves between years with the keyboard and announces each", async () => {
    const chart = await renderTrade();
    chart.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(live()).toBe("1992: China customs: $368M");
    await userEvent.keyboard("{ArrowRight}");
    expect(live()).toBe("2013: China customs: $28.6B");
    await userEvent.keyboard("{End}");
    expect(live()).toBe("2023: China customs: $41B");
    await userEvent.keyboard("{Home}");
    expect(live()).toBe("1992: China customs: $368M");
  });

  it("makes the active year the shared focus year on Enter", async () => {
    const chart = await renderTrade();
    chart.focus();
    await userEvent.keyboard("{End}{ArrowLeft}{Enter}");
    expect(new URLSearchParams(window.location.search).get("year")).toBe("2013");
    expect(chart.querySelector(".chart-focus text")).toHaveTextContent("2013");
    expect(screen.getByText("Focus year 2013 — China customs: $28.6B, marked on the chart.")).toHaveAttribute("role", "status");
  });

  it("shows one tooltip at a time: focusing an event marker closes the year's", async () => {
    const chart = await renderTrade();
    chart.focus();
    await userEvent.keyboard("{End}");
    expect(chart.querySelectorAll(".chart-tooltip")).toHaveLength(1);
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName(/Diplomatic relations established/);
    const tips = chart.querySelectorAll(".chart-tooltip");
    expect(tips).toHaveLength(1);
    expect(tips[0]).toHaveTextContent(/Diplomatic relations established/);
  });

  it("sets the focus year from the picker and clears it with the button", async () => {
    const chart = await renderTrade();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Focus year" }), "2005");
    expect(new URLSearchParams(window.location.search).get("year")).toBe("2005");
    expect(chart.querySelector(".chart-focus text")).toHaveTextContent("2005");
    await userEvent.click(screen.getByRole("button", { name: "Clear focus year" }));
    expect(new URLSearchParams(window.location.search).get("year")).toBeNull();
    expect(chart.querySelector(".chart-focus")).toBeNull();
    expect(screen.queryByRole("button", { name: "Clear focus year" })).toBeNull();
  });

  it("shows a tooltip with year, value, change, confidence and source under the pointer", async () => {
    const chart = await renderTrade();
    const overlay = chart.querySelector(".trade-chart__overlay")!;
    // x = 800 − margins; 2023.5 sits near the right end of the 1992–2024 axis.
    fireEvent.pointerMove(overlay, { clientX: WIDTH - 40, pointerType: "mouse" });
    const tooltip = chart.querySelector(".chart-tooltip")!;
    expect(tooltip).toHaveTextContent("2023");
    expect(tooltip).toHaveTextContent("$41B");
    expect(tooltip).toHaveTextContent("no figure for the year before");
    expect(tooltip).toHaveTextContent("verified");
    // The source's name comes with sources.json, which the chart does not wait for.
    await waitFor(() => expect(tooltip).toHaveTextContent("People's Daily"));
    fireEvent.pointerLeave(overlay, { pointerType: "mouse" });
    expect(chart.querySelector(".chart-tooltip")).toBeNull();
  });

  it("pins the tooltip on a tap instead of hiding it when the finger lifts", async () => {
    const chart = await renderTrade();
    const overlay = chart.querySelector(".trade-chart__overlay")!;
    fireEvent.pointerDown(overlay, { clientX: 80, pointerType: "touch" });
    fireEvent.pointerLeave(overlay, { pointerType: "touch" });
    expect(chart.querySelector(".chart-tooltip")).toHaveTextContent("1992");
  });

  it("switches reporter, flow and scale, and keeps them in the URL", async () => {
    await renderTrade();
    await userEvent.click(screen.getByRole("button", { name: "Log" }));
    await userEvent.click(screen.getByRole("button", { name: "Both" }));
    expect(screen.getByRole("button", { name: "Log" })).toHaveAttribute("aria-pressed", "true");
    expect(new URLSearchParams(window.location.search).get("scale")).toBe("log");
    expect(new URLSearchParams(window.location.search).get("reporter")).toBe("both");
    const [legend] = screen.getAllByRole("list");
    if (!legend) throw new Error("no legend");
    expect(within(legend).getByText("Kazakhstan's statistics")).toBeInTheDocument();
    expect(within(legend).getByText("China customs")).toBeInTheDocument();
  });

  it("draws the total-trade target only where total trade is drawn", async () => {
    await renderTrade();
    expect(await screen.findByText("Target: $40B by 2030")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Exports and imports" }));
    expect(new URLSearchParams(window.location.search).get("flow")).toBe("split");
    expect(screen.queryByText("Target: $40B by 2030")).toBeNull();
  });

  it("opens on the state in the URL", async () => {
    await renderTrade("scale=log&reporter=kz");
    expect(screen.getByRole("button", { name: "Log" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Kazakhstan" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText("$22.4B in 2013 → $31.4B in 2023: 1.4‑fold")).toBeInTheDocument();
  });

  it("accepts a typed year range, clamped to the data", async () => {
    await renderTrade();
    const from = screen.getByRole("textbox", { name: "From year" });
    await userEvent.clear(from);
    await userEvent.type(from, "2000{Enter}");
    expect(new URLSearchParams(window.location.search).get("from")).toBe("2000");
    expect(screen.getByText("$28.6B in 2013 → $41B in 2023: 1.4‑fold")).toBeInTheDocument();
    const to = screen.getByRole("textbox", { name: "To year" });
    await userEvent.clear(to);
    await userEvent.type(to, "2099{Enter}");
    expect(to).toHaveValue("2023");
    expect(new URLSearchParams(window.location.search).get("to")).toBeNull();
  });

  it("swaps a first year typed after the last, instead of collapsing the range", async () => {
    await renderTrade("to=2013");
    const from = screen.getByRole("textbox", { name: "From year" });
    await userEvent.clear(from);
    await userEvent.type(from, "2020{Enter}");
    const params = new URLSearchParams(window.location.search);
    expect([params.get("from"), params.get("to")]).toEqual(["2013", "2020"]);
    expect(from).toHaveValue("2013");
    expect(screen.getByRole("textbox", { name: "To year" })).toHaveValue("2020");
  });

  it("keeps the thumbs a year apart", async () => {
    await renderTrade("from=2010");
    fireEvent.change(screen.getByRole("slider", { name: "Last year shown" }), { target: { value: "2005" } });
    expect(new URLSearchParams(window.location.search).get("to")).toBe("2011");
  });

  it("moves the range with the sliders' keys", async () => {
    await renderTrade();
    const slider = screen.getByRole("slider", { name: "First year shown" });
    fireEvent.change(slider, { target: { value: "2010" } });
    expect(new URLSearchParams(window.location.search).get("from")).toBe("2010");
    expect(screen.getByRole("textbox", { name: "From year" })).toHaveValue("2010");
  });

  it("plays the series year by year, and can pause", async () => {
    vi.useFakeTimers();
    try {
      await act(async () => {
        renderApp(<TradeView />);
        await vi.runOnlyPendingTimersAsync();
      });
      fireEvent.click(screen.getByRole("button", { name: "▶ Play" }));
      expect(live()).toBe("1992: China customs: $368M");
      act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
      // 2013 is drawn, but a screen reader hears at most one year a second while the series plays…
      expect(live()).toBe("1992: China customs: $368M");
      fireEvent.click(screen.getByRole("button", { name: "❚❚ Pause" }));
      // …and the last year drawn is still said, in its turn.
      act(() => vi.advanceTimersByTime(PLAY_STEP_MS * 3));
      expect(live()).toBe("2013: China customs: $28.6B");
      expect(screen.getByRole("button", { name: "▶ Resume" })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it("offers the full table: one row per year from the first to the latest, every series with its change", async () => {
    await renderTrade();
    await userEvent.click(screen.getByRole("button", { name: "Table" }));
    const table = screen.getByRole("table", { name: /^Trade by year as each country reports it/ });
    expect(within(table).getAllByRole("rowheader")).toHaveLength(2023 - 1992 + 1);
    const latest = within(table).getByRole("rowheader", { name: "2023" }).closest("tr")!;
    expect(within(latest).getByRole("cell", { name: "41,020.0" })).toBeInTheDocument();
    // The fixture has no 2022: no change is computed across the gap, and the missing years read as such.
    expect(within(latest).getAllByRole("cell", { name: "no figure for the year before" })).toHaveLength(2);
    const gap = within(table).getByRole("rowheader", { name: "2022" }).closest("tr")!;
    expect(within(gap).getAllByRole("cell", { name: "not reported" })).toHaveLength(2);
  });

  it("breaks the trade down by product for the latest year with values, each way, largest first", async () => {
    await renderTrade();
    const part = screen.getByRole("region", { name: "What the trade is made of" });
    expect(within(part).getByText("Main goods each way, and China's share")).toBeInTheDocument();
    await userEvent.click(within(part).getByText("What the trade is made of"));
    expect(within(part).getByText("2022, the latest year a source gives values for.")).toBeVisible();
    const exports = within(part).getByRole("region", { name: "Kazakhstan → China" });
    const rows = within(exports)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(rows).toEqual(["Crude oil $4.1B", "Copper ores $2.04B", "Other ores over $1B", "Agricultural products +133.7% on 2021"]);
    // No source breaks China's goods down for 2022: the view says so instead of drawing nothing.
    const imports = within(part).getByRole("region", { name: "China → Kazakhstan" });
    expect(within(imports).getByText("No source breaks down this direction for 2022.")).toBeInTheDocument();
  });

  it("follows the focus year, says when it has no breakdown, and its year buttons set the focus year", async () => {
    await renderTrade("year=1998");
    const part = screen.getByRole("region", { name: "What the trade is made of" });
    await userEvent.click(within(part).getByText("What the trade is made of"));
    expect(
      within(part).getByText("No source breaks down the trade of 1998; shown is 2022, the latest year a source gives values for."),
    ).toBeVisible();
    await userEvent.click(within(part).getByRole("button", { name: "2023" }));
    expect(new URLSearchParams(window.location.search).get("year")).toBe("2023");
    expect(within(part).getByRole("button", { name: "2023" })).toHaveAttribute("aria-pressed", "true");
    expect(within(part).getByText("2023, the focus year.")).toBeVisible();
    const imports = within(part).getByRole("region", { name: "China → Kazakhstan" });
    expect(within(imports).getByText("Named among the main goods, without values:")).toBeInTheDocument();
    expect(
      within(imports)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Machinery", "Cars"]);
  });

  it("lists every product group in the table and a CSV of its own, a value no source gives read as such", async () => {
    const createObjectURL = vi.fn((_: Blob) => "blob:x");
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    try {
      await renderTrade();
      await userEvent.click(screen.getByRole("button", { name: "Table" }));
      const table = screen.getByRole("table", { name: /^What the trade is made of/ });
      expect(within(table).getAllByRole("row")).toHaveLength(1 + 6);
      const oil = within(table).getByRole("cell", { name: "Crude oil" }).closest("tr")!;
      expect(within(oil).getByRole("cell", { name: "4,100.0" })).toBeInTheDocument();
      const cars = within(table).getByRole("cell", { name: "Cars" }).closest("tr")!;
      expect(within(cars).getAllByRole("cell", { name: "not given" })).toHaveLength(2);

      await userEvent.click(screen.getByRole("button", { name: "Download" }));
      const button = screen.getByRole("button", { name: "CSV (what is traded)" });
      expect(button).toHaveAccessibleDescription(
        "One line per product group, year and direction: values where published, growth, confidence and sources",
      );
      await userEvent.click(button);
      const blob = createObjectURL.mock.calls[0]![0];
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blob);
      });
      expect(text).toMatch(/^\uFEFF?year,direction,product_group,value_usd_million,/);
      expect(text).toContain("2023,cn-to-kz,Cars,,,,secondary,");
    } finally {
      Object.assign(URL, { createObjectURL: saved.create, revokeObjectURL: saved.revoke });
    }
  });

  it("gives China's share of Kazakhstan's trade for the years and months a source gives, in the view, the table and a CSV", async () => {
    await renderTrade("year=2023");
    const part = screen.getByRole("region", { name: "What the trade is made of" });
    const shares = within(part).getByRole("region", { name: "China's share of Kazakhstan's trade" });
    const items = within(shares).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual(["2022: 21.9% of its imports", "January – September 2023: 21.3% of all its trade"]);
    // The focus year's share is marked.
    expect(items[1]).toHaveClass("is-active");

    await userEvent.click(screen.getByRole("button", { name: "Table" }));
    const table = screen.getByRole("table", { name: /^China's share of Kazakhstan's trade/ });
    expect(within(table).getByRole("rowheader", { name: "January – September 2023" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Download" }));
    expect(screen.getByRole("button", { name: "CSV (China's share)" })).toHaveAccessibleDescription(
      "China's share of Kazakhstan's trade, one line per published figure, with its months, confidence and sources",
    );
  });
});
