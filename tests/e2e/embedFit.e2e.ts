import type { FrameLocator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { serveStatic } from "../../scripts/staticServer.mjs";
import { VIEW_IDS, type ViewId } from "../../src/app/views";
import { openPage } from "./browser";

/** Each view's main chart: what its slide form must show whole. */
const MAIN_CHART: Record<ViewId, string> = {
  trade: ".trade-chart__svg",
  investment: ".investment-inflows__svg",
  timeline: ".timeline-chart__svg",
  map: ".map-canvas__svg",
};

const SLIDES = [
  [640, 360],
  [800, 450],
  [1280, 720],
  [1024, 768],
] as const;

/** The smallest font size of any visible text on the page (HTML and SVG), in px, with that text. */
const smallestText = (frame: FrameLocator) =>
  frame.locator("body").evaluate(() => {
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

// The embed is held in an iframe of the slide's size by examples/slide.html, served from another origin.
describe.skipIf(!inject("browser"))("an embed in a slide-shaped frame", () => {
  let host: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    host = await serveStatic({ dir: "examples" });
  });
  afterAll(() => host?.close());

  const openSlide = async (view: ViewId, width: number, height: number, query = "") => {
    const params = new URLSearchParams({ view, size: `${width}x${height}`, site: inject("baseUrl"), query });
    const opened = await openPage(`slide.html?${params}`, { baseUrl: host.url, width, height, reducedMotion: "reduce" });
    return { ...opened, frame: opened.page.frameLocator("#slide") };
  };

  for (const id of VIEW_IDS) {
    it.each(SLIDES)(`shows all of ${id}'s main chart in a %i×%i frame, with its title, sources and link`, async (width, height) => {
      const { frame } = await openSlide(id, width, height);
      const chart = frame.locator(MAIN_CHART[id]).first();
      await chart.waitFor();
      const box = (await chart.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.height).toBeGreaterThanOrEqual(height / 2);
      // Nothing to scroll to: the frame holds the whole slide form.
      expect(await frame.locator("html").evaluate((html) => html.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
      await expect.poll(() => frame.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
      for (const kept of [frame.locator(".source-line").first(), frame.getByRole("link", { name: "Open in Silk Road Ledger" })]) {
        const keptBox = (await kept.boundingBox())!;
        expect(keptBox.y + keptBox.height).toBeLessThanOrEqual(height);
      }
      const smallest = await smallestText(frame);
      expect(smallest.size, `"${smallest.text}"`).toBeGreaterThanOrEqual(12);
    });
  }

  it("folds the controls into an Options menu that opens over the chart and closes with Escape", async () => {
    const { frame } = await openSlide("trade", 800, 450);
    const options = frame.getByRole("button", { name: "Options" });
    await options.click();
    await frame.getByRole("group", { name: "Options" }).getByRole("button", { name: "Log", exact: true }).click();
    await expect.poll(() => frame.locator("body").evaluate(() => location.search)).toContain("scale=log");
    await options.press("Escape");
    await expect.poll(() => options.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => frame.locator("body").evaluate(() => document.activeElement?.textContent)).toBe("Options");
  });

  it("obeys controls= and title=, and shows the full view in an article's frame or a window of its own", async () => {
    const { frame } = await openSlide("trade", 800, 450, "controls=none&title=0");
    await frame.locator(MAIN_CHART.trade).waitFor();
    expect(await frame.getByRole("button", { name: "Options" }).count()).toBe(0);
    // Still named for assistive technology, but not drawn: the slide has a title of its own.
    const title = (await frame.getByRole("heading", { level: 1, name: "Bilateral trade" }).boundingBox())!;
    expect(title.width * title.height).toBeLessThanOrEqual(1);
    for (const opened of [
      await openSlide("trade", 680, 1200),
      { frame: (await openPage("embed/trade/", { width: 800, height: 450 })).page.mainFrame() },
    ]) {
      await opened.frame.locator(MAIN_CHART.trade).waitFor();
      expect(await opened.frame.getByRole("button", { name: "Options" }).count()).toBe(0);
      expect(await opened.frame.getByRole("button", { name: "Log", exact: true }).isVisible()).toBe(true);
    }
  });
});
