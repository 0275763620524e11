import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { VIEW_IDS, type ViewId } from "../../src/app/views";
import { openPage } from "./browser";

/** Each view's main chart: what its slide form must show whole. */
const MAIN_CHART: Record<ViewId, string> = {
  trade: ".trade-chart__svg",
  investment: ".investment-inflows__svg",
  timeline: ".timeline-chart__svg",
  map: ".map-canvas__svg",
};

/** The views with a slide form so far. */
const FITTED: readonly ViewId[] = VIEW_IDS.filter((id) => id === "trade");

const SLIDES = [
  [640, 360],
  [800, 450],
  [1280, 720],
  [1024, 768],
] as const;

/** The smallest font size of any visible text on the page (HTML and SVG), in px, with that text. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    let smallest = { size: Infinity, text: "" };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest(".visually-hidden, [hidden], [aria-hidden='true'] title")) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.bottom <= 0 || box.top >= innerHeight) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < smallest.size) smallest = { size, text: node.textContent.trim().slice(0, 40) };
    }
    return smallest;
  });

describe.skipIf(!inject("browser"))("an embed in a slide-shaped frame", () => {
  for (const id of FITTED) {
    it.each(SLIDES)(`shows all of ${id}'s main chart in a %i×%i frame, with its title, sources and link`, async (width, height) => {
      const { page } = await openPage(`embed/${id}/`, { width, height, reducedMotion: "reduce" });
      const chart = page.locator(MAIN_CHART[id]).first();
      await chart.waitFor();
      const box = (await chart.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.height).toBeGreaterThanOrEqual(height / 2);
      // Nothing to scroll to: the frame holds the whole slide form.
      expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
      for (const kept of [page.locator(".source-line").first(), page.getByRole("link", { name: "Open in Silk Road Ledger" })]) {
        const keptBox = (await kept.boundingBox())!;
        expect(keptBox.y + keptBox.height).toBeLessThanOrEqual(height);
      }
      const smallest = await smallestText(page);
      expect(smallest.size, `"${smallest.text}"`).toBeGreaterThanOrEqual(12);
    });
  }

  it("folds the controls into an Options menu that opens over the chart and closes with Escape", async () => {
    const { page } = await openPage("embed/trade/", { width: 800, height: 450 });
    const options = page.getByRole("button", { name: "Options" });
    await options.click();
    const log = page.getByRole("group", { name: "Options" }).getByRole("button", { name: "Log", exact: true });
    await log.click();
    await expect.poll(() => page.url()).toContain("scale=log");
    await page.keyboard.press("Escape");
    await expect.poll(() => options.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Options");
  });

  it("shows the full view in an article's frame, and obeys controls= and title=", async () => {
    const { page } = await openPage("embed/trade/?controls=none&title=0", { width: 800, height: 450 });
    await page.locator(MAIN_CHART.trade).waitFor();
    expect(await page.getByRole("button", { name: "Options" }).count()).toBe(0);
    // Still named for assistive technology, but not drawn: the slide has a title of its own.
    const title = (await page.getByRole("heading", { level: 1, name: "Bilateral trade" }).boundingBox())!;
    expect(title.width * title.height).toBeLessThanOrEqual(1);
    const article = await openPage("embed/trade/", { width: 680, height: 1200 });
    await article.page.locator(MAIN_CHART.trade).waitFor();
    expect(await article.page.getByRole("button", { name: "Options" }).count()).toBe(0);
    expect(await article.page.getByRole("button", { name: "Log", exact: true }).isVisible()).toBe(true);
  });
});
