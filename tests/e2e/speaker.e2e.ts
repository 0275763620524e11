import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { STORY } from "../../src/app/pages/present/story";
import { axeViolations, openPage, searchParam, watchPage, type PageProblems } from "./browser";

const baseUrl = inject("baseUrl");
const CLEAN: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
const stepOf = (id: string) => STORY.findIndex((s) => s.id === id) + 1;

/** The number of steps, read from the page's "Step n of N". */
async function stepCount(page: Page): Promise<number> {
  const text = await page
    .getByText(/^Step \d+ of \d+$/)
    .first()
    .textContent();
  return Number(/of (\d+)/.exec(text ?? "")?.[1]);
}

/** A second page of the same browser context (BroadcastChannel reaches the pages of one context), watched for problems. */
async function openBeside(context: BrowserContext, path: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(baseUrl).origin);
  await page.goto(new URL(path, baseUrl).href, { waitUntil: "networkidle" });
  return { page, problems };
}

describe.skipIf(!inject("browser"))("the speaker view beside the class's screen", () => {
  it("→ in the speaker view moves the class's screen, and → on the class's screen moves the speaker view", async () => {
    const { page: audience, context, problems } = await openPage("present/");
    await audience.getByText(/^Step 1 of \d+$/).waitFor();
    const total = await stepCount(audience);
    const { page: speaker, problems: speakerProblems } = await openBeside(context, "present/speaker/");
    await speaker.getByText(`Step 1 of ${total}`).waitFor();
    await speaker.getByRole("heading", { level: 1, name: "1992: two new neighbours" }).waitFor();

    await speaker.keyboard.press("ArrowRight");
    await audience.getByText(`Step 2 of ${total}`).waitFor();
    await expect.poll(() => searchParam(audience, "step")).toBe("2");
    expect(searchParam(speaker, "step")).toBe("2");

    await audience.keyboard.press("ArrowRight");
    await speaker.getByText(`Step 3 of ${total}`).waitFor();
    await expect.poll(() => searchParam(speaker, "step")).toBe("3");
    // Both windows say the same step's title, computed from the same data.
    const title = (await audience.getByRole("heading", { level: 1 }).textContent()) ?? "";
    expect(title.length).toBeGreaterThan(0);
    await speaker.getByRole("heading", { level: 1, name: title, exact: true }).waitFor();

    // Quick moves on either side end with both on the same step: nothing echoes back.
    await speaker.keyboard.press("PageDown");
    await speaker.keyboard.press("PageDown");
    await audience.getByText(`Step 5 of ${total}`).waitFor();
    await audience.keyboard.press("End");
    await speaker.getByText(`Step ${total} of ${total}`).waitFor();
    await speaker.keyboard.press("Home");
    await audience.getByText(`Step 1 of ${total}`).waitFor();
    await expect.poll(() => speaker.getByText(`Step 1 of ${total}`).count()).toBe(1);

    // The step stays in the speaker view's address: a reload keeps it.
    await speaker.keyboard.press("ArrowRight");
    await audience.getByText(`Step 2 of ${total}`).waitFor();
    await speaker.reload({ waitUntil: "networkidle" });
    await speaker.getByText(`Step 2 of ${total}`).waitFor();
    expect(problems).toEqual(CLEAN);
    expect(speakerProblems).toEqual(CLEAN);
  });

  it("the key S opens the speaker view on the step shown, with its notes, the next step and the time", async () => {
    const log = stepOf("log");
    const { page: audience, context, problems } = await openPage(`present/?step=${log}&theme=dark`);
    await audience.getByText(new RegExp(`^Step ${log} of \\d+$`)).waitFor();
    const total = await stepCount(audience);
    const [speaker] = await Promise.all([context.waitForEvent("page"), audience.keyboard.press("s")]);
    const speakerProblems = watchPage(speaker, new URL(baseUrl).origin);
    await speaker.waitForLoadState("networkidle");
    expect(new URL(speaker.url()).pathname).toBe(`${new URL(baseUrl).pathname}present/speaker/`);
    expect([searchParam(speaker, "step"), searchParam(speaker, "theme")]).toEqual([String(log), "dark"]);
    await speaker.getByText(`Step ${log} of ${total}`).waitFor();
    const notes = speaker.getByRole("region", { name: "Notes" });
    await notes.getByText(/^These are the same China customs figures on a log scale/).waitFor();
    await notes.getByRole("region", { name: "Ask the class" }).waitFor();
    expect(await notes.getByRole("list", { name: "Key figures" }).getByRole("listitem").count()).toBeGreaterThanOrEqual(1);
    await speaker.getByRole("region", { name: "Up next" }).getByText("Two countries, two figures").waitFor();
    expect(await speaker.getByRole("timer", { name: "Lesson time" }).textContent()).toMatch(/^\d+:\d\d$/);
    // The class's view, drawn small in its slide form.
    await speaker.locator(".speaker-preview [data-view='trade'] .summary").first().waitFor({ state: "attached" });

    // A second S brings the same window forward instead of opening another.
    let another = false;
    context.on("page", () => (another = true));
    await audience.keyboard.press("s");
    await speaker.keyboard.press("ArrowRight");
    await audience.getByText(`Step ${log + 1} of ${total}`).waitFor();
    expect(another).toBe(false);
    expect(context.pages()).toHaveLength(2);
    expect(problems).toEqual(CLEAN);
    expect(speakerProblems).toEqual(CLEAN);
  });

  it("a speaker view opened on another step catches up with the class's screen", async () => {
    const { page: audience, context } = await openPage("present/?step=5");
    await audience.getByText(/^Step 5 of \d+$/).waitFor();
    const total = await stepCount(audience);
    const { page: speaker, problems } = await openBeside(context, "present/speaker/?step=2");
    await speaker.getByText(`Step 5 of ${total}`).waitFor();
    await expect.poll(() => searchParam(speaker, "step")).toBe("5");
    expect(searchParam(audience, "step")).toBe("5");
    expect(problems).toEqual(CLEAN);
  });

  it.each(["light", "dark", "contrast"] as const)("has no axe-core (WCAG A/AA) violations in the %s theme", async (theme) => {
    const { page, problems } = await openPage(
      `present/speaker/?step=${stepOf("reporters")}${theme === "contrast" ? "&theme=contrast" : ""}`,
      {
        colorScheme: theme === "dark" ? "dark" : "light",
      },
    );
    await page.getByRole("list", { name: "Key figures" }).waitFor();
    await page.getByRole("region", { name: "Up next" }).getByText("4 steps up the ladder").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual(CLEAN);
  });
});
