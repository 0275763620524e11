import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, afterEach, describe, expect, it, vi } from "vitest";
import { WARM_TIMEOUT, renderApp, warmViewCode } from "../../../tests/renderApp";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import { channelName } from "./present/presentChannel";
import { STORY } from "./present/story";
import { SpeakerPage } from "./SpeakerPage";

const stepOf = (id: string) => STORY.findIndex((s) => s.id === id) + 1;
const notes = () => screen.getByRole("region", { name: "Notes" });
const upNext = () => screen.getByRole("region", { name: "Up next" });

describe("SpeakerPage", () => {
  beforeAll(warmViewCode, WARM_TIMEOUT);

  const channels: BroadcastChannel[] = [];
  /** Another window of the presentation, as the class's screen would be. */
  const classScreen = () => {
    const channel = new BroadcastChannel(channelName(import.meta.env.BASE_URL));
    channels.push(channel);
    return channel;
  };
  afterEach(() => {
    for (const c of channels.splice(0)) c.close();
    vi.restoreAllMocks();
  });

  it("shows the step on screen, its notes from the data, the question and the step after it", async () => {
    stubDataFetch();
    renderApp(<SpeakerPage />);
    expect(await screen.findByRole("heading", { level: 1, name: "1992: two new neighbours" })).toBeInTheDocument();
    expect(screen.getByText(`Step 1 of ${STORY.length}`)).toBeInTheDocument();
    expect(
      await within(notes()).findByText(/^China and Kazakhstan established diplomatic relations on January 3, 1992, .* recorded \$368M/),
    ).toBeInTheDocument();
    const figures = within(notes()).getByRole("list", { name: "Key figures" });
    const items = within(figures).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^January 3, 1992Diplomatic relations establishedSource: /),
      expect.stringMatching(/^\$368MBilateral trade, 1992Reported by China's customsSource: /),
    ]);
    // Sources by name, from sources.json.
    expect(await within(items[1]!).findByText("Source: IMF")).toBeInTheDocument();
    const ask = within(notes()).getByRole("region", { name: "Ask the class" });
    expect(ask).toHaveTextContent("Before we move on, write down a guess: how much bigger had this trade become by 2023?");
    expect(await within(upNext()).findByText("Your turn: how did trade grow after 2005?")).toBeInTheDocument();
    expect(
      within(upNext()).getByText(/^By 1992, China's customs recorded \$368M of trade a year\. Draw how you think/),
    ).toBeInTheDocument();
    // A small drawing of the step's view, as the class sees it, out of the way of the keys.
    const preview = await screen.findByText("What the class sees");
    const frame = preview.closest("figure")?.querySelector("[data-view]");
    expect(frame?.getAttribute("data-view")).toBe("timeline");
    expect(frame?.closest("[inert]")).not.toBeNull();
  });

  it("moves on with →, Space and Page Down, back with ← and Page Up, to the ends with Home and End, keeping the step in its address", async () => {
    stubDataFetch();
    renderApp(<SpeakerPage />);
    await screen.findByRole("heading", { level: 1, name: "1992: two new neighbours" });
    await userEvent.keyboard("{ArrowRight}");
    expect(await screen.findByText(`Step 2 of ${STORY.length}`)).toBeInTheDocument();
    expect(window.location.search).toBe("?step=2");
    await userEvent.keyboard(" ");
    expect(await screen.findByText(`Step 3 of ${STORY.length}`)).toBeInTheDocument();
    await userEvent.keyboard("{PageDown}");
    expect(await screen.findByText(`Step 4 of ${STORY.length}`)).toBeInTheDocument();
    await userEvent.keyboard("{PageUp}{ArrowLeft}");
    expect(await screen.findByText(`Step 2 of ${STORY.length}`)).toBeInTheDocument();

    // Each step's words, notes and next step follow.
    await userEvent.keyboard("{ArrowRight}".repeat(stepOf("growth") - 2));
    expect(await screen.findByRole("heading", { level: 1, name: "2023: $41B" })).toBeInTheDocument();
    expect(
      await within(notes()).findByText(/^By 2023, China's customs recorded \$41B of trade with Kazakhstan: 111 times/),
    ).toBeInTheDocument();
    expect(await within(upNext()).findByText("The same growth, on a log scale")).toBeInTheDocument();
    expect(window.location.search).toBe(`?step=${stepOf("growth")}`);

    await userEvent.keyboard("{End}");
    expect(await screen.findByText(`Step ${STORY.length} of ${STORY.length}`)).toBeInTheDocument();
    expect(within(upNext()).getByText("This is the last step.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Next step/ })).toBeDisabled();
    await userEvent.keyboard("{Home}");
    expect(await screen.findByText(`Step 1 of ${STORY.length}`)).toBeInTheDocument();
    expect(window.location.search).toBe("");
  });

  it("opens on the step its address names, so a reload keeps it", async () => {
    stubDataFetch();
    renderApp(<SpeakerPage />, { search: `step=${stepOf("log")}&theme=contrast` });
    expect(await screen.findByRole("heading", { level: 1, name: "The same growth, on a log scale" })).toBeInTheDocument();
    expect(screen.getByText(`Step ${stepOf("log")} of ${STORY.length}`)).toBeInTheDocument();
    await userEvent.keyboard("{ArrowRight}");
    expect(await screen.findByText(`Step ${stepOf("log") + 1} of ${STORY.length}`)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get("theme")).toBe("contrast");
  });

  it("on a step the class predicts, holds the answer for the presenter", async () => {
    stubDataFetch();
    renderApp(<SpeakerPage />, { search: `step=${stepOf("guess-growth")}` });
    expect(await screen.findByRole("heading", { level: 1, name: "Your turn: how did trade grow after 2005?" })).toBeInTheDocument();
    expect(
      await within(notes()).findByText(
        "The class draws how trade went on after 1992, when China's customs recorded $368M. Let everyone commit to a line before you reveal it. The answer: $41B in 2023, 111 times the 1992 figure.",
      ),
    ).toBeInTheDocument();
    // The preview shows the view that holds the answer, and says so.
    const caption = screen.getByText("The answer, which the class guesses before it is revealed");
    expect(caption.closest("figure")?.querySelector("[data-view]")?.getAttribute("data-view")).toBe("trade");
  });

  it("leaves Space to a focused button, while the arrows still move the story", async () => {
    stubDataFetch();
    renderApp(<SpeakerPage />);
    await screen.findByRole("heading", { level: 1, name: "1992: two new neighbours" });
    screen.getByRole("button", { name: "Pause" }).focus();
    await userEvent.keyboard(" ");
    expect(await screen.findByRole("button", { name: "Resume" })).toBeInTheDocument();
    expect(screen.getByText(`Step 1 of ${STORY.length}`)).toBeInTheDocument();
    // The arrows still move the story from a button.
    await userEvent.keyboard("{ArrowRight}");
    expect(await screen.findByText(`Step 2 of ${STORY.length}`)).toBeInTheDocument();
  });

  it("says hello when it opens, tells the class's screen of its moves and follows the class's screen", async () => {
    stubDataFetch();
    const other = classScreen();
    const heard: unknown[] = [];
    other.onmessage = (e: MessageEvent<unknown>) => heard.push(e.data);
    renderApp(<SpeakerPage />);
    await screen.findByRole("heading", { level: 1, name: "1992: two new neighbours" });
    await vi.waitFor(() => expect(heard).toEqual([{ type: "hello" }]));
    await userEvent.keyboard("{ArrowRight}");
    await vi.waitFor(() => expect(heard).toEqual([{ type: "hello" }, { type: "step", step: 2 }]));

    other.postMessage({ type: "step", step: stepOf("reporters") });
    expect(await screen.findByRole("heading", { level: 1, name: "Two countries, two figures" })).toBeInTheDocument();
    expect(window.location.search).toBe(`?step=${stepOf("reporters")}`);
    // A move it was told of is not sent back.
    await userEvent.keyboard("{ArrowRight}");
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ type: "step", step: stepOf("reporters") + 1 }));
    expect(heard).toHaveLength(3);
  });

  it("says so when the data lacks a step's notes, and keeps the rest of the page", async () => {
    stubDataFetch({ investment: { status: 200, body: "{ not json" } });
    renderApp(<SpeakerPage />, { search: `step=${stepOf("investment")}` });
    const alerts = await screen.findAllByRole("alert");
    expect(alerts.some((a) => /investment\.json/.test(a.textContent ?? ""))).toBe(true);
    // The small data has no Khorgos: the next step says its data lacks it, and still names its view.
    expect(await within(upNext()).findByText("Where it meets the ground")).toBeInTheDocument();
    expect(screen.getByText(`Step ${stepOf("investment")} of ${STORY.length}`)).toBeInTheDocument();
  });
});
