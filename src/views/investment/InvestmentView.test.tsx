import { announceSlide } from "../../lib/slideSignal";
import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testInvestment } from "../../../tests/fixtures/investment";
import { mockLayout } from "../../../tests/mockLayout";
import { renderApp } from "../../../tests/renderApp";
import { EmbedFormContext, type EmbedForm } from "../../lib/embedForm";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import { COUNT_UP_MS } from "./countUp";
import { InvestmentView } from "./InvestmentView";

const WIDTH = 800;

beforeEach(() => {
  mockLayout({ width: WIDTH, height: 400 });
  stubDataFetch({ investment: { status: 200, body: JSON.stringify(testInvestment) } });
});

async function renderInvestment(search = "", form: EmbedForm | null = null) {
  const result = renderApp(
    <EmbedFormContext.Provider value={form}>
      <InvestmentView />
    </EmbedFormContext.Provider>,
    { search },
  );
  await screen.findByText("$25.3B of Chinese investment, 2005–2023");
  return result;
}

const params = () => new URLSearchParams(window.location.search);
const tallyCount = () => screen.getByTestId("tally-count").textContent;

/** An IntersectionObserver the test drives, and requestAnimationFrame frames it steps through. */
function stubMotion() {
  const observers: { callback: IntersectionObserverCallback; observed: Element[]; disconnected: boolean }[] = [];
  class FakeObserver {
    entry: (typeof observers)[number];
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, observed: [], disconnected: false };
      observers.push(this.entry);
    }
    observe(el: Element) {
      this.entry.observed.push(el);
    }
    disconnect() {
      this.entry.disconnected = true;
    }
    unobserve() {}
    takeRecords() {
      return [];
    }
  }
  vi.stubGlobal("IntersectionObserver", FakeObserver);
  let frames = new Map<number, FrameRequestCallback>();
  let nextId = 1;
  vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => {
    frames.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal("cancelAnimationFrame", (id: number) => frames.delete(id));
  return {
    observers,
    /** Tells the observers the figure is wholly on screen (by default) or wholly off it. */
    intersect(onScreen = true) {
      act(() => {
        for (const o of observers.filter((x) => !x.disconnected)) {
          o.callback(
            o.observed.map(
              (target) => ({ target, isIntersecting: onScreen, intersectionRatio: onScreen ? 1 : 0 }) as IntersectionObserverEntry,
            ),
            {} as IntersectionObserver,
          );
        }
      });
    },
    /** Runs the pending frames at time `now`. */
    frame(now: number) {
      const pending = frames;
      frames = new Map();
      act(() => pending.forEach((cb) => cb(now)));
    },
    pendingFrames: () => frames.size,
  };
}

function stubReducedMotion(reduce: boolean) {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: reduce && query.includes("prefers-reduced-motion"),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

describe("InvestmentView: the tally", () => {
  it("states the tally, what it measures and its source", async () => {
    await renderInvestment();
    expect(tallyCount()).toBe("$25.3B");
    expect(screen.getByText(/Gross inflow of direct investment from China, per Kazakh official data as cited\./)).toBeInTheDocument();
    expect((await screen.findAllByText("People's Daily (2024)"))[0]).toHaveAttribute("href", "https://example.org/a");
  });

  it("keeps the final figure, as prerendered, when the figure is on screen as the page loads", async () => {
    stubReducedMotion(false);
    const motion = stubMotion();
    await renderInvestment();
    expect(tallyCount()).toBe("$25.3B");
    motion.intersect();
    expect(tallyCount()).toBe("$25.3B");
    expect(motion.pendingFrames()).toBe(0);
    expect(motion.observers.filter((o) => !o.disconnected)).toEqual([]);
  });

  it("counts up from zero once the figure, off screen as the page loads, scrolls into view, and never replays", async () => {
    stubReducedMotion(false);
    const motion = stubMotion();
    await renderInvestment();
    // The final figure first, as the prerendered page has it; set to zero while out of sight.
    expect(tallyCount()).toBe("$25.3B");
    motion.intersect(false);
    expect(tallyCount()).toBe("$0");
    // Screen readers always get the final figure, and nothing is live.
    expect(screen.getByText("$25.3B of Chinese investment, 2005–2023")).toBeInTheDocument();
    expect(screen.getByTestId("tally-count").closest("[aria-hidden='true']")).not.toBeNull();
    expect(document.querySelector(".investment-tally [aria-live]")).toBeNull();

    motion.intersect();
    motion.frame(1000);
    motion.frame(1000 + COUNT_UP_MS / 2);
    // 25,300 × (1 − 0.5³), formatted by Intl.
    expect(tallyCount()).toBe("$22.1B");
    motion.frame(1000 + COUNT_UP_MS);
    expect(tallyCount()).toBe("$25.3B");
    expect(motion.pendingFrames()).toBe(0);

    // A re-render (here, hiding a sector) does not start it again.
    await userEvent.click(screen.getByRole("button", { name: "Mining, 1 deal" }));
    expect(tallyCount()).toBe("$25.3B");
    expect(motion.observers.filter((o) => !o.disconnected)).toEqual([]);
    expect(motion.pendingFrames()).toBe(0);
  });

  it("counts up again each time a presentation shows its slide (reveal.js's slide:start), and not when it is left", async () => {
    stubReducedMotion(false);
    const motion = stubMotion();
    await renderInvestment();
    motion.intersect();
    expect(tallyCount()).toBe("$25.3B");
    act(() => announceSlide(false));
    expect(motion.pendingFrames()).toBe(0);
    act(() => announceSlide(true));
    expect(tallyCount()).toBe("$0");
    motion.frame(5000);
    motion.frame(5000 + COUNT_UP_MS / 2);
    expect(tallyCount()).toBe("$22.1B");
    motion.frame(5000 + COUNT_UP_MS);
    expect(tallyCount()).toBe("$25.3B");
  });

  it("shows the final figure at once under prefers-reduced-motion, without observing or animating", async () => {
    stubReducedMotion(true);
    const motion = stubMotion();
    await renderInvestment();
    expect(tallyCount()).toBe("$25.3B");
    expect(motion.observers).toEqual([]);
    expect(motion.pendingFrames()).toBe(0);
  });

  it("shows the final figure at once where IntersectionObserver is missing", async () => {
    stubReducedMotion(false);
    vi.stubGlobal("IntersectionObserver", undefined);
    await renderInvestment();
    expect(tallyCount()).toBe("$25.3B");
  });
});

describe("InvestmentView: the unit chart", () => {
  it("draws 253 unattributed squares for the tally and the 2018 breakdown apart", async () => {
    await renderInvestment();
    const chart = screen.getByRole("group", { name: /^Unit chart, one square = \$100M/ });
    expect(chart).toHaveAccessibleName(
      expect.stringContaining("$25.3B, 2005–2023: 253 squares (Unattributed (no source names the sector): 253)"),
    );
    expect(chart).toHaveAccessibleName(
      expect.stringContaining("Transport and logistics: 49, Mining: 26, and Unattributed (no source names the sector): 81"),
    );
    const [tally, other] = chart.querySelectorAll("svg > g");
    expect(tally!.querySelectorAll("rect")).toHaveLength(253);
    expect(new Set([...tally!.querySelectorAll("rect")].map((r) => r.getAttribute("fill")))).toEqual(
      new Set(["var(--investment-unattributed)"]),
    );
    expect(other!.querySelectorAll("rect")).toHaveLength(156);
    expect(screen.getByText(/No source breaks the \$25.3B tally down by sector/)).toBeInTheDocument();
    expect(screen.getByText(/drawn apart: the \$15.6B reported as of June 2018\. Probably a stock at a date\./)).toBeInTheDocument();
  });

  it("is read sector by sector by keyboard and pointer, with a tooltip", async () => {
    await renderInvestment();
    const chart = screen.getByRole("group", { name: /^Unit chart, one square = \$100M/ });
    expect(chart).toHaveAccessibleDescription(/read the squares sector by sector/);
    chart.focus();
    const live = () => chart.querySelector('[aria-live="polite"]')!.textContent;
    await userEvent.keyboard("{ArrowRight}");
    expect(live()).toBe("$25.3B, 2005–2023: 253 squares — Unattributed (no source names the sector): the rest of the figure, 253 squares");
    await userEvent.keyboard("{ArrowRight}");
    expect(live()).toMatch(/ — Transport and logistics: \$4.9B, 49 squares$/);
    expect(chart.querySelector(".chart-tooltip")).toHaveTextContent(/Transport and logistics: \$4.9B, 49 squares$/);
    await userEvent.keyboard("{Escape}");
    expect(chart.querySelector(".chart-tooltip")).toBeNull();
    fireEvent.pointerDown(chart.querySelectorAll("svg > g")[1]!.querySelector("rect")!);
    expect(live()).toMatch(/Transport and logistics/);
  });
});

describe("InvestmentView: counts, inflows, companies", () => {
  it("compares the other counts by kind, each with why it differs", async () => {
    await renderInvestment();
    const section = screen.getByRole("region", { name: "How big is it, by whose count?" });
    expect(within(section).getByText("A stock at one date")).toBeInTheDocument();
    expect(within(section).getByText("A stock counted project by project.")).toBeInTheDocument();
    expect(within(section).getAllByText("more than $42.8B")[0]).toBeInTheDocument();
    expect(within(section).getByText("Both counts of this kind, $13.9B and $27B")).toBeInTheDocument();
  });

  it("shows the published inflows and says which years have none", async () => {
    await renderInvestment("year=2021");
    const section = screen.getByRole("region", { name: "Yearly inflows, where published" });
    expect(within(section).getByText("2021: $1.8B (derived)")).toBeInTheDocument();
    expect(within(section).getByText(/No yearly figure was published for 2006–2020/)).toBeInTheDocument();
    expect(within(section).getByRole("group", { name: /^Bar chart of yearly gross inflows/ })).toHaveAccessibleName(
      /^Bar chart of yearly gross inflows .*2005–2023: 2005: \$195M; 2021: \$1.8B \(derived\)/,
    );
    expect(section.querySelector(".chart-focus")).toHaveTextContent("2021");
    expect(within(section).getByText("2021 is derived: 1,400 / (1 − 0.224)")).toBeInTheDocument();
    expect(screen.getByText("Focus year 2021 — a gross inflow of $1.8B that year; deals after it are listed apart.")).toHaveAttribute(
      "role",
      "status",
    );
  });

  it("reads the inflows bar by bar with the keyboard, with a tooltip, and sets the focus year on Enter", async () => {
    await renderInvestment();
    const chart = screen.getByRole("group", { name: /^Bar chart of yearly gross inflows/ });
    expect(chart).toHaveAccessibleDescription(/left and right arrow keys/);
    chart.focus();
    const live = () => chart.closest("section")!.querySelector('[aria-live="polite"]')!.textContent;
    await userEvent.keyboard("{ArrowRight}");
    expect(live()).toBe("2005: $195M");
    expect(chart.querySelector(".chart-tooltip")).toHaveTextContent(/^2005Gross inflow: \$195M/);
    await userEvent.keyboard("{End}");
    expect(live()).toBe("2023: $1.8B");
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(live()).toBe("2021: $1.8B (derived)");
    await userEvent.keyboard("{Enter}");
    expect(params().get("year")).toBe("2021");
    await userEvent.keyboard("{Escape}");
    expect(chart.querySelector(".chart-tooltip")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Clear focus year" }));
    expect(params().get("year")).toBeNull();
  });

  it("lists the company counts as the sources word them", async () => {
    await renderInvestment();
    const section = screen.getByRole("region", { name: "Companies with Chinese capital" });
    expect(
      within(section)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["493 2006", "more than 4,700 July 2024"]);
  });
});

describe("InvestmentView: the table alternative", () => {
  it("lists every figure in captioned tables, exact amounts by Intl", async () => {
    await renderInvestment();
    await userEvent.click(screen.getByRole("button", { name: "Table" }));
    const counts = screen.getByRole("table", { name: "The tally and every other count (US dollars)" });
    expect(within(counts).getAllByRole("row")).toHaveLength(1 + 1 + 5);
    expect(within(counts).getByText("more than $42,800,000,000")).toBeInTheDocument();
    const deals = screen.getByRole("table", { name: "Landmark deals and loans (US dollars)" });
    expect(within(deals).getByText("not disclosed")).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Yearly gross inflows from China (US dollars)" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Sector breakdown of another figure (US dollars)" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Companies with Chinese capital" })).toBeInTheDocument();
  });
});

describe("InvestmentView: on a slide", () => {
  const SLIDE: EmbedForm = { slide: true, controls: "compact", title: true };

  it("shows the tally on one line and the yearly inflows filling the height left, and nothing else", async () => {
    await renderInvestment("", SLIDE);
    expect(tallyCount()).toBe("$25.3B");
    expect(screen.queryByText(/Gross inflow of direct investment from China/)).toBeNull();
    const section = screen.getByRole("region", { name: "Yearly inflows, where published" });
    // The chart is as tall as its box (the mocked layout's 400 px), not the page's fixed height.
    expect(section.querySelector("svg.investment-inflows__svg")).toHaveAttribute("height", "400");
    expect(within(section).getByRole("group", { name: /^Bar chart of yearly gross inflows/ })).toHaveAccessibleDescription(
      /left and right arrow keys/,
    );
    expect(section.querySelector(".chart-keys")).toBeNull();
    expect(section.querySelector(".investment-inflows__list")).toBeNull();
    expect(screen.queryByRole("group", { name: /^Unit chart/ })).toBeNull();
    expect(screen.queryByRole("region", { name: "How big is it, by whose count?" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Companies with Chinese capital" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Mining, 1 deal" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Table" })).toBeNull();
    // Attribution stays: one source line for the tally and the chart.
    expect(document.querySelectorAll(".source-line")).toHaveLength(1);
    expect((await screen.findAllByText("People's Daily (2024)"))[0]).toHaveAttribute("href", "https://example.org/a");
  });

  it("keeps the focus year in the Options menu, where it says what the chart marks", async () => {
    await renderInvestment("year=2021", SLIDE);
    const options = screen.getByRole("button", { name: "Options" });
    expect(options).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(options);
    const menu = screen.getByRole("group", { name: "Options" });
    expect(within(menu).getByRole("status")).toHaveTextContent("Focus year 2021 — a gross inflow of $1.8B that year, marked on the chart.");
    expect(document.querySelector(".investment-inflows .chart-focus")).toHaveTextContent("2021");
    await userEvent.click(within(menu).getByRole("button", { name: "Clear focus year" }));
    expect(params().get("year")).toBeNull();
  });

  it("shows the full view outside a slide-shaped frame", async () => {
    await renderInvestment("", { slide: false, controls: "full", title: true });
    expect(screen.getByRole("group", { name: /^Unit chart/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Table" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Options" })).toBeNull();
    expect(document.querySelector("svg.investment-inflows__svg")).toHaveAttribute("height", "230");
  });
});
