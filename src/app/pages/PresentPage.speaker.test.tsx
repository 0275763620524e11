import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, afterEach, describe, expect, it, vi } from "vitest";
import { WARM_TIMEOUT, renderApp, warmViewCode } from "../../../tests/renderApp";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import { channelName } from "./present/presentChannel";
import { STORY } from "./present/story";
import { PresentPage } from "./PresentPage";

const stepOf = (id: string) => STORY.findIndex((s) => s.id === id) + 1;

/** A stand-in for the window `window.open` returns. */
function fakeWindow() {
  return { closed: false, focus: vi.fn() } as unknown as Window & { closed: boolean; focus: ReturnType<typeof vi.fn> };
}

describe("PresentPage and the speaker view", () => {
  beforeAll(warmViewCode, WARM_TIMEOUT);

  const opened: (Window & { closed: boolean })[] = [];
  const channels: BroadcastChannel[] = [];
  afterEach(() => {
    // The speaker view's window is gone, so the next test opens its own.
    for (const w of opened.splice(0)) w.closed = true;
    for (const c of channels.splice(0)) c.close();
    vi.restoreAllMocks();
  });

  it("opens the speaker view on the step shown, with the theme, in a named window; a second press brings that window forward", async () => {
    stubDataFetch();
    const speaker = fakeWindow();
    opened.push(speaker);
    const open = vi.spyOn(window, "open").mockReturnValue(speaker);
    renderApp(<PresentPage />, { search: `step=${stepOf("growth")}&theme=contrast` });
    await screen.findByText(`Step ${stepOf("growth")} of ${STORY.length}`);
    await userEvent.click(screen.getByRole("button", { name: "Speaker view" }));
    expect(open).toHaveBeenCalledTimes(1);
    const [url, name] = open.mock.calls[0]!;
    expect(url).toBe(`/present/speaker/?theme=contrast&step=${stepOf("growth")}`);
    expect(name).toBe("silk-road-ledger-speaker");

    // The key S, from the page itself.
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard("s");
    expect(open).toHaveBeenCalledTimes(1);
    expect(speaker.focus).toHaveBeenCalledTimes(2);
  });

  it("opens it with the key S", async () => {
    stubDataFetch();
    const open = vi.spyOn(window, "open").mockImplementation(() => {
      const w = fakeWindow();
      opened.push(w);
      return w;
    });
    renderApp(<PresentPage />);
    await screen.findByText(`Step 1 of ${STORY.length}`);
    await userEvent.keyboard("S");
    expect(open).toHaveBeenCalledWith("/present/speaker/", "silk-road-ledger-speaker", expect.stringContaining("popup"));
  });

  it("follows the speaker view's moves, and answers its hello with the step shown", async () => {
    stubDataFetch();
    const speaker = new BroadcastChannel(channelName(import.meta.env.BASE_URL));
    channels.push(speaker);
    const heard: unknown[] = [];
    speaker.onmessage = (e: MessageEvent<unknown>) => heard.push(e.data);
    renderApp(<PresentPage />, { search: `step=${stepOf("log")}` });
    await screen.findByText(`Step ${stepOf("log")} of ${STORY.length}`);
    speaker.postMessage({ type: "hello" });
    await vi.waitFor(() => expect(heard).toEqual([{ type: "step", step: stepOf("log") }]));

    speaker.postMessage({ type: "step", step: stepOf("reporters") });
    expect(await screen.findByRole("heading", { level: 1, name: "Two countries, two figures" })).toBeInTheDocument();
    // Each step is a history entry, with the step's own view state, as when the presenter moves here.
    expect(new URLSearchParams(window.location.search).get("step")).toBe(String(stepOf("reporters")));
    await userEvent.keyboard("{ArrowRight}");
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ type: "step", step: stepOf("reporters") + 1 }));
    // The move it was told of was not sent back.
    expect(heard).toHaveLength(2);
  });
});
