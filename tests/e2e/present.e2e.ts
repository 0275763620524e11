import { describe, expect, inject, it } from "vitest";
import { STORY } from "../../src/app/pages/present/story";
import { openPage } from "./browser";
import { smallestText } from "./smallestText";

const browser = inject("browser");

/** The projector sizes a classroom has, the smallest text each must show, and the themes tried there. */
const SCREENS = [
  { width: 1280, height: 720, minPx: 18, theme: "contrast" },
  { width: 1920, height: 1080, minPx: 24, theme: "contrast" },
  { width: 1280, height: 720, minPx: 18, theme: "dark" },
  { width: 1920, height: 1080, minPx: 24, theme: "light" },
] as const;

describe.skipIf(!browser)("/present on a projector", () => {
  it.each(SCREENS)("shows no text under $minPx px at $width × $height in the $theme theme, every step one screen", async (screen) => {
    const { page, problems } = await openPage(`present/?theme=${screen.theme}`, {
      width: screen.width,
      height: screen.height,
      reducedMotion: "reduce",
    });
    for (let n = 1; n <= STORY.length; n++) {
      await page.getByText(`Step ${n} of ${STORY.length}`).waitFor();
      // A chart draws once measured: wait for its text (or a predict step's choices) before reading sizes.
      await page.locator(".present-stage :is(svg text, .guess-choice__value)").first().waitFor();
      const [smallest] = await smallestText(page, 1);
      expect(smallest, `step ${n}`).toBeDefined();
      expect(smallest!.px, `step ${n}: "${smallest!.text}" (${smallest!.where})`).toBeGreaterThanOrEqual(screen.minPx);
      // The step is one slide: nothing to scroll to.
      expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight), `step ${n}`).toBeLessThanOrEqual(0);
      await page.keyboard.press("PageDown");
    }
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it("hides the trade line after 2005 until Reveal, then draws it beside the class's guess with the miss and the source", async () => {
    const guess = STORY.findIndex((s) => s.id === "guess-growth") + 1;
    const { page, problems } = await openPage(`present/?step=${guess}`, { width: 1280, height: 720, reducedMotion: "reduce" });
    const zone = page.locator(".guess-line__input");
    await zone.waitFor();
    expect(await page.locator(".guess-line__actual").count()).toBe(0);
    // A stroke from the left of the empty stretch to its right, rising: every year it passes gets a value.
    const box = (await zone.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height * 0.9);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + (box.width * i) / 10 - 2, box.y + box.height * (0.9 - i * 0.05));
    await page.mouse.up();
    expect(await page.locator(".guess-line__guess circle").count()).toBeGreaterThanOrEqual(15);
    expect(await page.locator(".guess-line__actual").count()).toBe(0);
    await page.keyboard.press("r");
    await page.locator(".guess-line__actual path").waitFor();
    const result = page.getByRole("status").filter({ hasText: "Your guess for" });
    await expect(result.textContent()).resolves.toMatch(
      /Your guess for \d{4}: \$[\d.]+B\. China's customs recorded \$[\d.]+B(, so the guess was|: within)/,
    );
    await expect(result.getByText(/^Sources?:/).count()).resolves.toBe(1);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it("loads the view of the step it shows, and the next step's, not every view's; a later step's view loads when reached", async () => {
    const { page, requests, problems } = await openPage("present/", { width: 1280, height: 720 });
    const loaded = (view: string) => requests.some((url) => new RegExp(`/assets/${view}-[^/]+\\.js$`).test(url));
    const [first, second] = [STORY[0]!, STORY[1]!];
    const name = (id: string) => `${id[0]!.toUpperCase()}${id.slice(1)}View`;
    expect(loaded(name(first.view))).toBe(true);
    // The next step's, at an idle moment after the first is drawn.
    await expect.poll(() => loaded(name(second.view))).toBe(true);
    const later = [...new Set(STORY.map((step) => step.view))].filter((view) => view !== first.view && view !== second.view);
    expect(later.length).toBeGreaterThan(0);
    for (const view of later) expect(loaded(name(view)), view).toBe(false);
    // The last step's view, once the story gets there.
    const last = STORY[STORY.length - 1]!;
    await page.keyboard.press("End");
    await page.getByText(`Step ${STORY.length} of ${STORY.length}`).waitFor();
    await page.locator(`.present-stage [data-view="${last.view}"]`).waitFor();
    expect(loaded(name(last.view))).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("shows each step's one control and no other, and keeps → for the story after a click on a button", async () => {
    const log = STORY.findIndex((s) => s.id === "log") + 1;
    const { page } = await openPage(`present/?step=${log}`, { width: 1280, height: 720 });
    const view = page.locator(".present-stage [data-view]");
    await view.getByRole("button", { name: "Log", exact: true }).waitFor();
    expect(await view.getByRole("button", { name: "Kazakhstan", exact: true }).count()).toBe(0);
    expect(await view.getByRole("combobox").count()).toBe(0);
    await view.getByRole("button", { name: "Linear", exact: true }).click();
    await page.keyboard.press("ArrowRight");
    await page.getByText(`Step ${log + 1} of ${STORY.length}`).waitFor();
  });
});
