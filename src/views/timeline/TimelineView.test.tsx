import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { timelineFixture } from "../../../tests/fixtures/timeline";
import { mockLayout } from "../../../tests/mockLayout";
import { renderApp } from "../../../tests/renderApp";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import { EmbedFormContext } from "../../lib/embedForm";
import { TimelineView } from "./TimelineView";

/** Renders the view with the stage `width` pixels wide (jsdom does no layout). */
async function renderTimeline(search = "", width = 1000) {
  mockLayout({ width, height: 600 });
  stubDataFetch({ timeline: { status: 200, body: JSON.stringify(timelineFixture) } });
  renderApp(<TimelineView />, { search });
  return screen.findByRole("group", { name: /^Timeline, 1991–2024\./ });
}

const params = () => new URLSearchParams(window.location.search);
const marker = (name: RegExp | string) => screen.getByRole("button", { name });
/** Intl's date ranges use thin spaces around the dash. */
const plain = (s: string | null) => (s ?? "").replace(/\s/g, " ");

/** The partnership ladder as the fixtures give it: each level's name and date. */
const LADDER = [
  ["Diplomatic relations", "January 3, 1992"],
  ["Strategic partnership", "July 4, 2005"],
  ["Comprehensive strategic partnership", "June 13, 2011"],
  ["Permanent comprehensive strategic partnership", "September 11, 2019"],
] as const;

describe("TimelineView: what it shows", () => {
  it("states the ladder and the events, computed from the data", async () => {
    await renderTimeline();
    expect(screen.getByText("Diplomatic relations (1992) → Permanent comprehensive strategic partnership (2019)")).toBeInTheDocument();
    expect(screen.getByText("4 partnership levels in 27 years, and 8 other dated events, 1991–2024.")).toBeInTheDocument();
  });

  it("draws every rung and every event as a button in a summarised, described group", async () => {
    const chart = await renderTimeline();
    expect(chart).toHaveAccessibleName(
      "Timeline, 1991–2024. The partnership ladder: Diplomatic relations (January 3, 1992), Strategic partnership (July 4, 2005), Comprehensive strategic partnership (June 13, 2011), and Permanent comprehensive strategic partnership (September 11, 2019). 8 of 8 other events shown.",
    );
    expect(chart).toHaveAccessibleDescription(/arrow keys move from event to event/);
    const buttons = within(chart).getAllByRole("button");
    expect(buttons).toHaveLength(12);
    expect(marker("Strategic partnership, July 4, 2005: partnership level 2 of 4")).toBeInTheDocument();
    expect(plain(buttons.find((b) => b.getAttribute("data-event-id") === "xi-2013")!.getAttribute("aria-label"))).toBe(
      "September 6 – 8, 2013: Xi Jinping's first state visit to Kazakhstan (Visit)",
    );
    // One Tab stop for the whole chart.
    expect(buttons.filter((b) => b.getAttribute("tabindex") === "0").map((b) => b.getAttribute("data-event-id"))).toEqual(["rail-1991"]);
  });

  it("labels the ladder's steps with name and date", async () => {
    const chart = await renderTimeline();
    const labels = [...chart.querySelectorAll(".timeline-step__label")].map((t) =>
      [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" | "),
    );
    const text = [...chart.querySelectorAll(".timeline-step__label")].map((t) => t.textContent);
    expect(text[0]).toBe("Diplomatic relations January 3, 1992");
    expect(labels).toEqual(LADDER.map(([name, date]) => `${name} | ${date}`));
  });

  it("offers every event as a table and the ladder's sources", async () => {
    await renderTimeline();
    expect(await screen.findByRole("link", { name: "People's Daily (2024)" })).toHaveAttribute("href", "https://example.org/a");
    await userEvent.click(screen.getByRole("button", { name: "Table" }));
    const table = screen.getByRole("table", { name: "Every dated event, with its category, description and sources" });
    expect(within(table).getAllByRole("row")).toHaveLength(13);
    // One row per event, named by its title.
    const row = within(table).getByRole("rowheader", { name: "Dostyk–Alashankou railway opens" }).closest("tr")!;
    expect(within(row).getByRole("cell", { name: "July 20, 1991" })).toBeInTheDocument();
  });
});

describe("TimelineView: selecting by keyboard and pointer", () => {
  it("moves between events with ← and →, opening each one's card, and closes it with Escape", async () => {
    const chart = await renderTimeline();
    const first = marker(/Dostyk–Alashankou railway opens/);
    first.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(params().get("event")).toBe("ties-1992");
    expect(params().get("year")).toBe("1992");
    const card = screen.getByRole("region", { name: "Diplomatic relations established" });
    expect(card).toHaveTextContent("Partnership level 1 of 4: Diplomatic relations");
    expect(card).toHaveTextContent("January 3, 1992");
    expect(card).toHaveTextContent("Event 2 of 12");
    expect(within(card).getByRole("link", { name: "China, Kazakhstan trade" })).toHaveAttribute("href", "https://example.org/a");
    expect(document.activeElement?.getAttribute("data-event-id")).toBe("ties-1992");
    expect(document.activeElement).toHaveAttribute("aria-expanded", "true");

    await userEvent.keyboard("{ArrowRight}");
    expect(params().get("event")).toBe("sco-2001");
    expect(screen.getByRole("region", { name: "Shanghai Cooperation Organisation founded" })).toBeInTheDocument();
    await userEvent.keyboard("{End}");
    expect(params().get("event")).toBe("titr-2024");
    await userEvent.keyboard("{ArrowRight}");
    expect(params().get("event")).toBe("titr-2024");
    await userEvent.keyboard("{Home}");
    expect(params().get("event")).toBe("rail-1991");

    await userEvent.keyboard("{Escape}");
    expect(params().get("event")).toBeNull();
    expect(params().get("year")).toBe("1991");
    expect(screen.queryByRole("region")).toBeNull();
    expect(document.activeElement?.getAttribute("data-event-id")).toBe("rail-1991");
    expect(chart.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it("opens and closes a card with Enter and with a click", async () => {
    await renderTimeline();
    const visit = marker(/Xi Jinping's first state visit/);
    visit.focus();
    await userEvent.keyboard("{Enter}");
    const card = screen.getByRole("region", { name: "Xi Jinping's first state visit to Kazakhstan" });
    expect(plain(card.textContent)).toContain("September 6 – 8, 2013");
    expect(visit).toHaveAttribute("aria-controls", card.id);
    await userEvent.keyboard("{Enter}");
    expect(screen.queryByRole("region")).toBeNull();
    await userEvent.click(marker(/Industrial capacity loans/));
    const loans = screen.getByRole("region", { name: "Industrial capacity loans" });
    expect(loans).toHaveTextContent("December 2014");
    expect(loans).toHaveTextContent("unverified");
    await userEvent.click(within(loans).getByRole("button", { name: "Close the details" }));
    expect(params().get("event")).toBeNull();
  });

  it("steps with the card's own Previous and Next buttons", async () => {
    await renderTimeline("event=belt-2013");
    const card = screen.getByRole("region", { name: "Xi proposes the Silk Road Economic Belt in Astana" });
    expect(card).toHaveTextContent("Event 8 of 12");
    await userEvent.click(within(card).getByRole("button", { name: "Next →" }));
    expect(params().get("event")).toBe("loan-2014");
    await userEvent.click(within(screen.getByRole("region")).getByRole("button", { name: "← Previous" }));
    await userEvent.click(within(screen.getByRole("region")).getByRole("button", { name: "← Previous" }));
    expect(params().get("event")).toBe("xi-2013");
  });

  it("opens on the event a link names, and ignores a name that does not exist", async () => {
    await renderTimeline("event=sp-2005");
    expect(screen.getByRole("region", { name: "Strategic partnership" })).toHaveTextContent("Hu Jintao in Astana.");
    expect(marker(/^Strategic partnership, July 4, 2005: partnership level 2/)).toHaveAttribute("tabindex", "0");
  });

  it("says on a level's card where each language's name comes from", async () => {
    await renderTimeline("event=sp-2005");
    const card = screen.getByRole("region", { name: "Strategic partnership" });
    expect(card).toHaveTextContent("The name in each language: Each language's name as its government's texts word it.");
  });

  it("does not repeat on a level's card the event's note that the level's note already says", async () => {
    const fixture = structuredClone(timelineFixture);
    const level = fixture.levels.find((l) => l.id === "permanent-comprehensive-strategic-partnership")!;
    fixture.events.find((e) => e.id === "pcsp-2019")!.note = level.note;
    mockLayout({ width: 1000, height: 600 });
    stubDataFetch({ timeline: { status: 200, body: JSON.stringify(fixture) } });
    renderApp(<TimelineView />, { search: "event=pcsp-2019" });
    const card = await screen.findByRole("region", { name: "Permanent comprehensive strategic partnership" });
    expect(within(card).getAllByText(/Sometimes misdated to 2022/)).toHaveLength(1);
  });

  it("ignores an event id that is not in the data", async () => {
    await renderTimeline("event=no-such-event");
    expect(screen.queryByRole("region")).toBeNull();
    expect(screen.queryAllByRole("button", { expanded: true })).toHaveLength(0);
  });
});

describe("TimelineView: filters, periods and the shared focus year", () => {
  it("filters events by category, in the URL, keeping the ladder", async () => {
    const chart = await renderTimeline();
    const project = screen.getByRole("button", { name: "Project, 2 events" });
    expect(project).toHaveAttribute("aria-pressed", "true");
    await userEvent.click(project);
    expect(project).toHaveAttribute("aria-pressed", "false");
    expect(params().get("cats")).toBe("diplomacy,economy,people,summit,treaty,visit");
    expect(within(chart).queryByRole("button", { name: /Moinak/ })).toBeNull();
    expect(within(chart).getByRole("button", { name: /^Diplomatic relations, January 3, 1992: partnership level 1/ })).toBeInTheDocument();
    expect(chart).toHaveAccessibleName(/6 of 8 other events shown\.$/);
    await userEvent.click(screen.getByRole("button", { name: "Show all" }));
    expect(params().get("cats")).toBeNull();
    expect(within(chart).getByRole("button", { name: /Moinak/ })).toBeInTheDocument();
  });

  it("keeps the last category on, and says why", async () => {
    await renderTimeline("cats=visit");
    const visit = screen.getByRole("button", { name: "Visit, 1 event" });
    expect(screen.getByRole("button", { name: "Summit, 1 event" })).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(visit);
    expect(visit).toHaveAttribute("aria-pressed", "true");
    expect(params().get("cats")).toBe("visit");
    expect(screen.getByText(/^The last one left on stays on/)).toHaveAttribute("role", "status");
  });

  it("reads the filter from the URL, still showing the event a link selects", async () => {
    const chart = await renderTimeline("cats=visit&event=visa-2023");
    expect(
      within(chart)
        .getAllByRole("button")
        .map((b) => b.getAttribute("data-event-id")),
    ).toEqual(["ties-1992", "sp-2005", "csp-2011", "pcsp-2019", "xi-2013", "visa-2023"]);
    expect(screen.getByRole("region", { name: "Mutual visa exemption in force" })).toBeInTheDocument();
  });

  it("opens a linked event without rewriting the address; selecting one sets its year", async () => {
    await renderTimeline("event=visa-2023");
    expect(window.location.search).toBe("?event=visa-2023");
    expect(screen.getByRole("region", { name: /visa/i })).toBeInTheDocument();
    await userEvent.click(within(screen.getByRole("region")).getByRole("button", { name: "← Previous" }));
    expect(params().get("year")).not.toBeNull();
  });

  it("closes the card when its category is hidden", async () => {
    await renderTimeline("event=moinak-2012");
    await userEvent.click(screen.getByRole("button", { name: "Project, 2 events" }));
    expect(params().get("event")).toBeNull();
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("highlights a focus year set elsewhere, and can clear it", async () => {
    const chart = await renderTimeline("year=2013");
    expect(screen.getByText("Focus year 2013 — 2 events that year, marked.")).toHaveAttribute("role", "status");
    expect([...chart.querySelectorAll(".timeline-marker.is-focus-year")].map((m) => m.getAttribute("data-event-id"))).toEqual([
      "xi-2013",
      "belt-2013",
    ]);
    expect(chart.querySelector(".chart-focus text")).toHaveTextContent("2013");
    // Tab lands on the focus year's first event.
    expect(marker(/Xi Jinping's first state visit/)).toHaveAttribute("tabindex", "0");
    await userEvent.click(screen.getByRole("button", { name: "Clear focus year" }));
    expect(params().get("year")).toBeNull();
    expect(chart.querySelector(".chart-focus")).toBeNull();
  });

  it("zooms into one rung's period, and follows the keyboard out of it", async () => {
    const chart = await renderTimeline("event=csp-2011");
    await userEvent.click(screen.getByRole("button", { name: "2011–2019: Comprehensive strategic partnership" }));
    expect(within(chart).queryByRole("button", { name: /Dostyk/ })).toBeNull();
    expect(within(chart).getByRole("button", { name: /Moinak/ })).toBeInTheDocument();
    marker(/^Permanent comprehensive strategic partnership, September 11, 2019: partnership level 4/).focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(params().get("event")).toBe("visa-2023");
    expect(screen.getByRole("button", { name: "2019–today: Permanent comprehensive strategic partnership" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(within(chart).getByRole("button", { name: /visa exemption/ })).toHaveAttribute("aria-expanded", "true");
    expect(params().get("era")).toBe("permanent-comprehensive-strategic-partnership");
  });

  it("opens on the era a link names, and ignores one it does not know", async () => {
    const chart = await renderTimeline("era=comprehensive-strategic-partnership");
    expect(screen.getByRole("button", { name: "2011–2019: Comprehensive strategic partnership" })).toHaveAttribute("aria-pressed", "true");
    expect(within(chart).queryByRole("button", { name: /Dostyk/ })).toBeNull();
    vi.restoreAllMocks();
    await renderTimeline("era=no-such-era");
    expect(screen.getAllByRole("button", { name: "All years" }).at(-1)).toHaveAttribute("aria-pressed", "true");
  });
});

describe("TimelineView: the vertical layout and the list", () => {
  it("runs top to bottom in a narrow container: years, rungs and events as a list of buttons", async () => {
    await renderTimeline("year=2013", 375);
    const list = screen.getByRole("group", { name: /^Timeline, 1991–2024\./ });
    expect(list.tagName).toBe("DIV");
    expect(screen.getAllByRole("group", { name: /^Timeline, 1991–2024\./ })).toHaveLength(1);
    expect(screen.queryByRole("group", { name: "Zoom" })).toBeNull();
    const years = within(list)
      .getAllByRole("list", { name: /^\d{4}$/ })
      .map((l) => l.getAttribute("aria-label"));
    expect(years).toEqual(["1991", "1992", "2001", "2005", "2011", "2012", "2013", "2014", "2019", "2023", "2024"]);
    expect(list.querySelector('[data-year="2013"]')).toHaveAttribute("aria-current", "date");
    const rung = within(list).getByRole("button", { name: /Partnership level 2 of 4/ });
    expect(rung).toHaveTextContent("July 4, 2005 · Partnership level 2 of 4Strategic partnership");
    expect(list).toHaveTextContent("Today: Permanent comprehensive strategic partnership, since September 11, 2019");
    expect(list).toHaveTextContent("1993–2000no events shown");
  });

  it("moves with the arrow keys in the list and opens the card under the row", async () => {
    await renderTimeline("", 375);
    const start = screen.getByRole("button", { name: /Dostyk–Alashankou railway opens/ });
    expect(start).toHaveAttribute("tabindex", "0");
    start.focus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(params().get("event")).toBe("sco-2001");
    const row = document.activeElement!.closest("li")!;
    expect(within(row).getByRole("region", { name: "Shanghai Cooperation Organisation founded" })).toBeInTheDocument();
    await userEvent.keyboard("{ArrowUp}");
    expect(params().get("event")).toBe("ties-1992");
    await userEvent.keyboard("{Escape}");
    expect(params().get("event")).toBeNull();
  });

  it("shows the same list on a wide screen on request", async () => {
    await renderTimeline();
    await userEvent.click(screen.getByRole("button", { name: "List" }));
    expect(params().get("layout")).toBe("list");
    expect(screen.getByRole("group", { name: /^Timeline, 1991–2024\./ }).tagName).toBe("DIV");
    expect(screen.getByRole("button", { name: /Mazhilis ratifies/ })).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Zoom" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Timeline" }));
    expect(screen.getByRole("group", { name: /^Timeline, 1991–2024\./ }).tagName).toBe("svg");
  });
});

describe("TimelineView: the slide form", () => {
  /** The view in a slide-shaped embed whose stage is `width` × `height`. */
  async function renderSlide(search = "", width = 1000, height = 400) {
    mockLayout({ width, height });
    stubDataFetch({ timeline: { status: 200, body: JSON.stringify(timelineFixture) } });
    renderApp(
      <EmbedFormContext.Provider value={{ slide: true, controls: "compact", title: true }}>
        <TimelineView />
      </EmbedFormContext.Provider>,
      { search },
    );
    return screen.findByRole("group", { name: /^Timeline, 1991–2024\./ });
  }

  it("shows the headline and the chart fitted to the height left; the note, the keys and the actions give way", async () => {
    const chart = await renderSlide();
    expect(screen.getByText("Diplomatic relations (1992) → Permanent comprehensive strategic partnership (2019)")).toBeInTheDocument();
    expect(screen.queryByText(/4 partnership levels in 27 years/)).toBeNull();
    expect(chart.tagName).toBe("svg");
    expect(chart).toHaveAttribute("height", "400");
    // Still described for assistive technology, but not drawn.
    expect(chart).toHaveAccessibleDescription(/arrow keys move from event to event/);
    expect(document.getElementById(chart.getAttribute("aria-describedby")!)).toHaveClass("visually-hidden");
    expect(screen.queryByRole("button", { name: "Table" })).toBeNull();
    const labels = [...chart.querySelectorAll(".timeline-step__label")].map((t) => t.textContent);
    // On a slide, each level on one line with its year.
    expect(labels).toEqual(LADDER.map(([name, date]) => `${name} (${date.slice(-4)}) `));
  });

  it("folds the filter, the zoom and the focus year into Options, without the list: a slide is wide", async () => {
    await renderSlide("layout=list", 560);
    expect(screen.getByRole("group", { name: /^Timeline, 1991–2024\./ }).tagName).toBe("svg");
    expect(screen.queryByRole("group", { name: "Show events" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Options" }));
    const options = screen.getByRole("group", { name: "Options" });
    expect(within(options).getByRole("group", { name: "Show events" })).toBeInTheDocument();
    expect(within(options).getByRole("group", { name: "Zoom" })).toBeInTheDocument();
    expect(within(options).getByRole("combobox", { name: /Focus year/ })).toBeInTheDocument();
    expect(within(options).queryByRole("group", { name: "Show as" })).toBeNull();
  });

  it("opens the selected event's card over the chart, on the side away from the event", async () => {
    const chart = await renderSlide("event=xi-2013");
    const card = screen.getByRole("region", { name: "Xi Jinping's first state visit to Kazakhstan" });
    expect(card.parentElement).toHaveClass("timeline__overlay", "timeline__overlay--start");
    expect(chart).toHaveAttribute("height", "400");
    await userEvent.click(marker(/Dostyk–Alashankou railway opens/));
    expect(screen.getByRole("region", { name: "Dostyk–Alashankou railway opens" }).parentElement).toHaveClass("timeline__overlay--end");
  });
});
