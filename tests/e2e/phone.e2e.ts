import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage, untilAllViewsHydrated } from "./browser";

const PHONE = { width: 375, height: 740, touch: true } as const;
const VIEWS = ["trade", "investment", "timeline", "map"] as const;
/** Where each view's chart is drawn; on a phone the timeline's chart is its list. */
const CHART: Record<(typeof VIEWS)[number], string> = {
  trade: ".trade-chart__svg",
  investment: ".investment-units__svg",
  timeline: ".timeline-list",
  map: ".map-canvas",
};

/** Every element but the page itself whose content scrolls up and down inside it. */
const innerScrollers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollHeight} in ${el.clientHeight})`),
  );

/** How many views show their keyboard keys on screen (left to assistive technology, they are one pixel square). */
const shownKeys = (page: Page) =>
  page.locator(".chart-keys").evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width > 1).length);

describe.skipIf(!inject("browser"))("the dashboard on a 375 × 740 phone", () => {
  const open = async () => {
    const opened = await openPage("", { ...PHONE, waitFor: '[data-view="map"] .summary' });
    await untilAllViewsHydrated(opened.page);
    return opened;
  };

  it("starts each view's chart within the view's first screen, the trade chart tall and labelled every fifth year", async () => {
    const { page } = await open();
    for (const view of VIEWS) {
      const root = page.locator(`[data-view="${view}"]`);
      await root.locator(CHART[view]).first().waitFor();
      const offset = await root.evaluate(
        (el, chart) => el.querySelector(chart)!.getBoundingClientRect().top - el.getBoundingClientRect().top,
        CHART[view],
      );
      // At least 100 px of it on that first screen.
      expect(offset, view).toBeLessThanOrEqual(PHONE.height - 100);
    }
    const trade = page.locator('[data-view="trade"]');
    const plot = (await trade.locator(".trade-chart__overlay").boundingBox())!;
    expect(plot.height).toBeGreaterThanOrEqual(PHONE.width * 0.6);
    const years = (await trade.locator(".chart-axis text").allTextContents()).map(Number).filter(Number.isInteger);
    expect(years).toEqual(expect.arrayContaining([2000, 2005, 2010, 2015]));
    expect(Math.max(...years.slice(1).map((y, i) => y - years[i]!))).toBeLessThanOrEqual(9);
  });

  it("folds each view's controls into a bar that says what is set, and opens them in place", async () => {
    const { page } = await openPage("?scale=log&year=2013", { ...PHONE, waitFor: '[data-view="trade"] .trade-chart__overlay' });
    await untilAllViewsHydrated(page);
    const trade = page.locator('[data-view="trade"]');
    const bar = trade.getByRole("button", { name: /^Settings/ });
    // The items are set apart by CSS, which text content does not hold: they are read one by one.
    expect(await bar.locator(".view-controls__item").allTextContents()).toEqual(["China", "Total", "Log", "1992–2024", "Focus year 2013"]);
    const reporter = trade.getByRole("button", { name: "Kazakhstan", exact: true });
    expect(await reporter.isVisible()).toBe(false);
    await bar.tap();
    await expect.poll(() => bar.getAttribute("aria-expanded")).toBe("true");
    await reporter.tap();
    await expect.poll(() => bar.locator(".view-controls__item").first().textContent()).toBe("Kazakhstan");
    // Escape closes them, and focus goes back to the bar.
    await page.getByRole("button", { name: "Log", exact: true }).first().focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => bar.getAttribute("aria-expanded")).toBe("false");
    expect(await bar.evaluate((el) => el === document.activeElement)).toBe(true);
    for (const view of VIEWS) {
      expect(await page.locator(`[data-view="${view}"] .view-controls__bar`).isVisible(), view).toBe(true);
    }
  });

  it("scrolls only as a page: nothing inside it scrolls up and down, nothing sideways but a wide table", async () => {
    const { page } = await open();
    expect(await innerScrollers(page)).toEqual([]);
    // With every part folded, the whole dashboard is at most eight screens long (it was sixteen).
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    expect(screens).toBeLessThanOrEqual(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // The keys are for keyboards: a touch screen does not show them.
    expect(await shownKeys(page)).toBe(0);
  });

  it("keeps the views' navigation at the top and marks the view in sight", async () => {
    const { page } = await open();
    const nav = page.getByRole("navigation", { name: "Views" });
    const link = nav.getByRole("link", { name: "Timeline" });
    await link.tap();
    await expect.poll(() => link.getAttribute("aria-current")).toBe("location");
    expect((await nav.boundingBox())!.y).toBe(0);
    // The view's heading lands below the navigation, not under it.
    const heading = (await page.getByRole("heading", { name: "The partnership ladder", level: 2 }).boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual((await nav.boundingBox())!.height);
    expect(await nav.getByRole("link", { name: "Trade" }).getAttribute("aria-current")).toBeNull();
  });
});

describe.skipIf(!inject("browser"))("the dashboard at 1280 × 800", () => {
  it("keeps every control in view, with no bar to open", async () => {
    const { page } = await openPage("", { width: 1280, height: 800, waitFor: '[data-view="trade"] .trade-chart__overlay' });
    const trade = page.locator('[data-view="trade"]');
    expect(await trade.getByRole("group", { name: "Reported by" }).isVisible()).toBe(true);
    expect(await page.locator(".view-controls__bar:visible").count()).toBe(0);
    // Trade, investment's two charts, the timeline: the map has keys of its own.
    expect(await shownKeys(page)).toBeGreaterThanOrEqual(3);
    // The long names of the views, in one row.
    expect(await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Bilateral trade" }).isVisible()).toBe(true);
  });

  it("names each line at its end when both reporters' flows are drawn", async () => {
    const { page } = await openPage("embed/trade/?reporter=both&flow=split", {
      width: 1280,
      height: 800,
      waitFor: ".trade-chart__overlay",
    });
    const labels = await page.locator(".trade-chart__end-labels text").allTextContents();
    expect(labels.toSorted()).toEqual(
      ["ChinaChina → Kazakhstan", "ChinaKazakhstan → China", "KazakhstanChina → Kazakhstan", "KazakhstanKazakhstan → China"].toSorted(),
    );
    // Apart, and inside the chart.
    const boxes = await page
      .locator(".trade-chart__end-labels text")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    const svg = (await page.locator(".trade-chart__svg").boundingBox())!;
    for (const [i, a] of boxes.entries()) {
      expect(a.right).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
      for (const b of boxes.slice(i + 1)) expect(a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5).toBe(true);
    }
  });
});
