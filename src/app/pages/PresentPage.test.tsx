import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, afterEach, describe, expect, it, vi } from "vitest";
import { mockLayout } from "../../../tests/mockLayout";
import { WARM_TIMEOUT, renderApp, warmViewCode } from "../../../tests/renderApp";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import { STORY } from "./present/story";
import { PresentPage } from "./PresentPage";

/** The slide: the step's view or its guessing stage. */
const stage = () => within(document.querySelector<HTMLElement>(".present-stage")!);

const stepOf = (id: string) => STORY.findIndex((s) => s.id === id) + 1;
const viewShown = () => document.querySelector("[data-view]")?.getAttribute("data-view");

describe("PresentPage", () => {
  beforeAll(warmViewCode, WARM_TIMEOUT);

  afterEach(() => vi.restoreAllMocks());

  it(
    "opens on the first step with its view and words from the data, and moves with arrows and clicker keys",
    { timeout: 15_000 },
    async () => {
      stubDataFetch();
      mockLayout({ width: 1000, height: 500 });
      renderApp(<PresentPage />);
      expect(await screen.findByRole("heading", { level: 1, name: "1992: two new neighbours" })).toBeInTheDocument();
      expect(screen.getByText(/on January 3, 1992\. That year, China's customs recorded \$368M/)).toBeInTheDocument();
      expect(screen.getByText(`Step 1 of ${STORY.length}`)).toBeInTheDocument();
      expect(viewShown()).toBe("timeline");
      // The view opens on the step's own state (its year marked on the chart), and opening the link leaves the address as it was.
      await waitFor(() => expect(document.querySelector("[data-view] .chart-focus text")?.textContent).toBe("1992"));
      // The step's caption describes its event, so the chart marks the event without opening its card over the chart.
      expect(screen.queryByRole("button", { name: "Close" })).toBeNull();
      expect(window.location.search).toBe("");

      await userEvent.keyboard("{ArrowRight}");
      expect(await screen.findByRole("heading", { level: 1, name: "Your turn: how did trade grow after 2005?" })).toBeInTheDocument();
      // Moving on clears the previous step's state.
      expect(window.location.search).toBe("?step=2");

      await userEvent.keyboard("{ArrowRight}");
      expect(await screen.findByRole("heading", { level: 1, name: "2023: $41B" })).toBeInTheDocument();
      expect(screen.getByText(/China's customs recorded \$41B of bilateral trade: 111 times the 1992 figure/)).toBeInTheDocument();
      expect(viewShown()).toBe("trade");

      await userEvent.keyboard("{PageDown}");
      expect(await screen.findByRole("heading", { level: 1, name: "The same growth, on a log scale" })).toBeInTheDocument();
      expect(new URLSearchParams(window.location.search).get("scale")).toBe("log");

      await userEvent.keyboard("{PageUp}");
      expect(await screen.findByText(`Step ${stepOf("growth")} of ${STORY.length}`)).toBeInTheDocument();
      expect(new URLSearchParams(window.location.search).get("scale")).toBeNull();
    },
  );

  it("makes each step a history entry, so Back returns to the step before", async () => {
    stubDataFetch();
    renderApp(<PresentPage />, { search: `step=${stepOf("growth")}` });
    expect(await screen.findByText(`Step ${stepOf("growth")} of ${STORY.length}`)).toBeInTheDocument();
    const before = window.history.length;
    await userEvent.keyboard("{ArrowRight}");
    expect(await screen.findByText(`Step ${stepOf("log")} of ${STORY.length}`)).toBeInTheDocument();
    expect(window.history.length).toBe(before + 1);
    window.history.back();
    expect(await screen.findByText(`Step ${stepOf("growth")} of ${STORY.length}`)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get("scale")).toBeNull();
  });

  it("keeps ← and → for the story after a click on one of its buttons, and Space for the button", async () => {
    stubDataFetch();
    renderApp(<PresentPage />);
    await userEvent.click(await screen.findByRole("button", { name: "Next step →" }));
    expect(await screen.findByText(`Step 2 of ${STORY.length}`)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next step →" })).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    expect(await screen.findByText(`Step 3 of ${STORY.length}`)).toBeInTheDocument();
    await userEvent.keyboard("{ArrowLeft}");
    expect(await screen.findByText(`Step 2 of ${STORY.length}`)).toBeInTheDocument();
    // Space on the focused button presses it once (a click), not the button and the story's own "next" too.
    await userEvent.keyboard(" ");
    expect(await screen.findByText(`Step 3 of ${STORY.length}`)).toBeInTheDocument();
  });

  it("offers the theme control, so a teacher can switch to the projector theme", async () => {
    stubDataFetch();
    renderApp(<PresentPage />);
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "Theme" }), "contrast");
    expect(new URLSearchParams(window.location.search).get("theme")).toBe("contrast");
  });

  it("computes the reporters step from both series", async () => {
    stubDataFetch();
    renderApp(<PresentPage />, { search: `step=${stepOf("reporters")}` });
    expect(await screen.findByRole("heading", { level: 1, name: "Two countries, two figures" })).toBeInTheDocument();
    const head = document.querySelector<HTMLElement>(".present-step")!;
    expect(
      within(head).getByText(/In 2023, China's customs recorded \$41B of trade and Kazakhstan's statistics \$31.4B/),
    ).toBeInTheDocument();
    // The step's preset shows both reporters, without writing it into the address.
    await waitFor(() => expect(screen.getByRole("button", { name: "Both" })).toHaveAttribute("aria-pressed", "true"));
    expect(window.location.search).toBe(`?step=${stepOf("reporters")}`);
    // The step is about who reports: that control alone is shown, and a click on it writes the address.
    expect(screen.queryByRole("button", { name: "Log" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Play/ })).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Focus year" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Kazakhstan" }));
    expect(new URLSearchParams(window.location.search).get("reporter")).toBe("kz");
  });

  it("keeps the view state a shared link carries instead of the step's preset", async () => {
    stubDataFetch();
    renderApp(<PresentPage />, { search: `step=${stepOf("log")}&from=2000` });
    expect(await screen.findByRole("heading", { level: 1, name: "The same growth, on a log scale" })).toBeInTheDocument();
    const params = new URLSearchParams(window.location.search);
    expect(params.get("from")).toBe("2000");
    expect(params.get("scale")).toBeNull();
  });

  it("leaves the arrows to a focused chart, while the clicker keys still move the story", async () => {
    stubDataFetch();
    renderApp(<PresentPage />, { search: `step=${stepOf("growth")}` });
    mockLayout({ width: 800, height: 400 });
    const chart = await screen.findByRole("group", { name: /^Line chart of China–Kazakhstan trade/ });
    chart.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(document.querySelector('[data-view] [aria-live="polite"]')).toHaveTextContent("1992: China customs: $368M");
    expect(screen.getByText(`Step ${stepOf("growth")} of ${STORY.length}`)).toBeInTheDocument();
    await userEvent.keyboard("{PageDown}");
    expect(await screen.findByText(`Step ${stepOf("growth") + 1} of ${STORY.length}`)).toBeInTheDocument();
  });

  it("asks the class to draw the trade line, and shows the data, the miss and the source only on Reveal", async () => {
    stubDataFetch();
    mockLayout({ width: 1000, height: 500 });
    renderApp(<PresentPage />, { search: `step=${stepOf("guess-growth")}` });
    const surface = await screen.findByRole("group", { name: "Guess the line: draw the trade from 2013 to 2023" });
    expect(document.querySelector(".guess-line__actual")).toBeNull();
    expect(screen.queryByText(/^China customs: /)).toBeNull();
    surface.focus();
    // ↑ starts the year in focus from the last known figure; → and End move along the years, still inside the chart.
    await userEvent.keyboard("{Shift>}{ArrowUp}{/Shift}");
    expect(document.querySelector(".guess-line [aria-live]")).toHaveTextContent(/^2013: your guess \$/);
    await userEvent.keyboard("{ArrowRight}");
    expect(document.querySelector(".guess-line [aria-live]")).toHaveTextContent("2014: no guess yet");
    await userEvent.keyboard("{End}{ArrowUp}{ArrowUp}");
    expect(document.querySelector(".guess-line [aria-live]")).toHaveTextContent(/^2023: your guess \$/);
    expect(screen.getByText(`Step ${stepOf("guess-growth")} of ${STORY.length}`)).toBeInTheDocument();
    await userEvent.keyboard("r");
    // The step's own status, on its stage (the bar has one of its own, for the offline copy).
    const result = await stage().findByRole("status");
    expect(result).toHaveTextContent(
      /^Your guess for 2023: \$[\d.]+[BM]\. China's customs recorded \$[\d.]+[BM], so the guess was [\d.]+% too (low|high)\./,
    );
    expect(result).toHaveTextContent(/Over the 2 years drawn, the guess was [\d.]+% off on average\./);
    expect(within(result).getByText(/^Sources?:/)).toBeInTheDocument();
    expect(screen.getByText("China customs: $41B")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Reveal" })).toBeNull();
    // The next step hides nothing: a reveal belongs to its step.
    await userEvent.keyboard("{PageUp}{PageDown}");
    expect(await screen.findByRole("button", { name: "Reveal" })).toBeInTheDocument();
  });

  it("asks the class to choose the investment tally among published figures, and marks the answer on Reveal", async () => {
    stubDataFetch();
    renderApp(<PresentPage />, { search: `step=${stepOf("guess-investment")}` });
    const options = await screen.findAllByRole("radio");
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(screen.queryByText("✓ the answer")).toBeNull();
    await userEvent.click(options[0]!);
    await userEvent.click(screen.getByRole("button", { name: "Reveal" }));
    expect(await screen.findByText("✓ the answer")).toBeInTheDocument();
    expect(screen.getByText("✗ your choice")).toBeInTheDocument();
    expect(stage().getByRole("status")).toHaveTextContent(
      /^You chose \$[\d.]+[BM], [\d.]+% of the answer\. .+ The answer is \$25\.3B\. Gross inflow/,
    );
  });

  it("clamps a step beyond the end", async () => {
    stubDataFetch();
    renderApp(<PresentPage />, { search: "step=99" });
    expect(await screen.findByText(`Step ${STORY.length} of ${STORY.length}`)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Next step/ })).toBeDisabled();
  });

  it("a broken dataset breaks only the steps that need it", async () => {
    stubDataFetch({ trade: { status: 200, body: "{ not json" } });
    renderApp(<PresentPage />, { search: `step=${stepOf("growth")}` });
    const alerts = await screen.findAllByRole("alert");
    expect(alerts.some((a) => /trade\.json/.test(a.textContent ?? ""))).toBe(true);
    for (let n = stepOf("growth"); n < stepOf("ladder"); n++) await userEvent.click(screen.getByRole("button", { name: /Next step/ }));
    expect(await screen.findByRole("heading", { level: 1, name: /steps up the ladder/ })).toBeInTheDocument();
  });
});
