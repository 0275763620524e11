import { describe, expect, inject, it } from "vitest";
import { STORY } from "../../src/app/pages/present/story";
import { openPage } from "./browser";
import { smallestText } from "./smallestText";

const browser = inject("browser");

/** The projector sizes a classroom has, and the smallest text each must show. */
const SCREENS = [
  { width: 1280, height: 720, minPx: 18 },
  { width: 1920, height: 1080, minPx: 24 },
] as const;

describe.skipIf(!browser)("/present on a projector", () => {
  it.each(SCREENS)("shows no text under $minPx px at $width × $height in the projector theme, every step one screen", async (screen) => {
    const { page, problems } = await openPage("present/?theme=contrast", {
      width: screen.width,
      height: screen.height,
      reducedMotion: "reduce",
    });
    for (let n = 1; n <= STORY.length; n++) {
      await page.getByText(`Step ${n} of ${STORY.length}`).waitFor();
      const view = page.locator(".present-stage [data-view]");
      await view.locator(".summary").first().waitFor();
      // A chart draws once measured: wait for its SVG text before reading sizes.
      await view.locator("svg text").first().waitFor();
      const [smallest] = await smallestText(page, 1);
      expect(smallest, `step ${n}`).toBeDefined();
      expect(smallest!.px, `step ${n}: "${smallest!.text}" (${smallest!.where})`).toBeGreaterThanOrEqual(screen.minPx);
      // The step is one slide: nothing to scroll to.
      expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight), `step ${n}`).toBeLessThanOrEqual(0);
      await page.keyboard.press("PageDown");
    }
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
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
