import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, watchPage } from "./browser";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;
const CLEAN = { consoleErrors: [], failedRequests: [], foreignRequests: [] };

/** Records every text the tally's visible figure shows, from the first paint on. */
const RECORD_TALLY = () => {
  const seen: string[] = [];
  (window as unknown as { __tally: string[] }).__tally = seen;
  new MutationObserver(() => {
    const text = document.querySelector("[data-testid='tally-count']")?.textContent;
    if (text && seen[seen.length - 1] !== text) seen.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
};
const tallyTexts = (page: Page) => page.evaluate(() => (window as unknown as { __tally: string[] }).__tally);

describe.skipIf(!inject("browser"))("the investment view in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, options: BrowserContextOptions = {}) {
    const width = options.viewport?.width ?? 1280;
    const context = await browser.newContext({ viewport: { width, height: 900 }, hasTouch: width < 600, ...options });
    await context.addInitScript(RECORD_TALLY);
    const page = await context.newPage();
    const problems = watchPage(page, origin);
    await page.goto(new URL(path, baseUrl).href, { waitUntil: "networkidle" });
    await page.locator('[data-view="investment"] .summary').waitFor();
    return { page, problems, close: () => context.close() };
  }

  const figure = (page: Page) => page.getByTestId("tally-count");

  it("counts the tally up from zero once, while screen readers get the final figure", async () => {
    const { page, problems, close } = await open("embed/investment/");
    await expect.poll(() => figure(page).textContent(), { timeout: 5000 }).toBe("$25.3B");
    const seen = await tallyTexts(page);
    expect(seen[0]).toBe("$0");
    expect(seen.length).toBeGreaterThan(5);
    expect(seen[seen.length - 1]).toBe("$25.3B");
    // The moving digits are hidden from assistive technology; the sentence is whole from the start.
    expect(await page.getByText("$25.3B of Chinese investment, 2005–2023").count()).toBe(1);
    expect(await figure(page).evaluate((el) => el.closest("[aria-hidden='true']") !== null)).toBe(true);
    expect(await page.locator(".investment-tally [aria-live]").count()).toBe(0);

    // Scrolling away and back, or re-rendering through a selection, does not replay it.
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(200);
    await page.getByRole("button", { name: "Mining (1)" }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    expect((await tallyTexts(page)).length).toBe(seen.length);
    expect(problems).toEqual(CLEAN);
    await close();
  });

  it("shows the final figure at once under prefers-reduced-motion", async () => {
    const { page, close } = await open("embed/investment/", { reducedMotion: "reduce" });
    expect(await figure(page).textContent()).toBe("$25.3B");
    await page.waitForTimeout(300);
    expect(await tallyTexts(page)).toEqual(["$25.3B"]);
    await close();
  });

  it("on the dashboard, waits until the tally scrolls into view", async () => {
    const { page, close } = await open("", { viewport: { width: 1280, height: 500 } });
    const tally = page.locator('[data-view="investment"] .investment-tally__figure');
    // Below the full-width trade chart, the tally starts off screen.
    expect(await tally.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    await page.waitForTimeout(300);
    expect(await figure(page).textContent()).toBe("$0");
    await tally.scrollIntoViewIfNeeded();
    await expect.poll(() => figure(page).textContent(), { timeout: 5000 }).toBe("$25.3B");
    await close();
  });

  it("selects a deal and a sector, keeps them in the URL, and restores them from it", async () => {
    const { page, problems, close } = await open("embed/investment/");
    const deal = page.getByRole("button", { name: /CNPC takes over PetroKazakhstan/ });
    await deal.click();
    expect(await deal.getAttribute("aria-expanded")).toBe("true");
    expect(new URL(page.url()).searchParams.get("deal")).toBe("petrokazakhstan-2005");
    await expect(page.locator(".investment-deal__details").textContent()).resolves.toMatch(/October 26, 2005.*\$4,180,000,000/);

    await page.getByRole("button", { name: "Renewables (4)" }).click();
    const url = new URL(page.url());
    expect(url.searchParams.get("sector")).toBe("renewables");
    expect(url.searchParams.get("deal")).toBeNull();
    expect(await page.locator(".investment-deal").count()).toBe(4);
    await page.getByRole("button", { name: /China Energy 500 MW wind farm/ }).click();
    await expect(page.locator(".investment-deal__details").textContent()).resolves.toContain("not disclosed");
    // Checked before the reload, which aborts whatever the page was still fetching (the favicon).
    expect(problems).toEqual(CLEAN);

    await page.reload({ waitUntil: "networkidle" });
    await page.locator(".investment-deal__details").waitFor();
    expect(await page.getByRole("button", { name: "Renewables (4)" }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("button", { name: /China Energy 500 MW wind farm/ }).getAttribute("aria-expanded")).toBe("true");
    await close();
  });

  it("splits the deals at the shared focus year from the URL", async () => {
    const { page, close } = await open("embed/investment/?year=2013");
    await page.getByRole("heading", { name: "Up to 2013: 9 deals" }).waitFor();
    await page.getByRole("heading", { name: "After 2013: 7 deals" }).waitFor();
    expect(await page.locator(".investment-inflows__chart .chart-focus").textContent()).toBe("2013");
    await close();
  });

  it("draws the unit chart: 253 squares for the tally, none coloured by an invented breakdown", async () => {
    const { page, close } = await open("embed/investment/");
    const blocks = page.locator(".investment-units__svg > g");
    const tallyFills = await blocks
      .nth(0)
      .locator("rect")
      .evaluateAll((rects) => [...new Set(rects.map((r) => r.getAttribute("fill")))]);
    expect(await blocks.nth(0).locator("rect").count()).toBe(253);
    expect(tallyFills).toEqual(["var(--investment-unattributed)"]);
    expect(await blocks.nth(1).locator("rect").count()).toBe(156);
    await close();
  });

  it("fits a 375 px phone: no sideways scroll, charts inside the screen, touch targets of 44 px", async () => {
    const { page, close } = await open("embed/investment/?deal=kashagan-stake-2013", { viewport: { width: 375, height: 800 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    for (const selector of [".investment-units__svg", ".investment-inflows__svg"]) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(375);
    }
    const small = await page
      .locator('[data-view="investment"]')
      .evaluate((view) =>
        [...view.querySelectorAll("button, select, summary")]
          .map((el) => ({ text: el.textContent?.trim().slice(0, 30), height: el.getBoundingClientRect().height }))
          .filter((t) => t.height < 44),
      );
    expect(small).toEqual([]);
    await page.getByRole("button", { name: /CDB loan for the Aktogay copper mine/ }).tap();
    expect(new URL(page.url()).searchParams.get("deal")).toBe("aktogay-cdb-2011");
    await close();
  });

  it.each([
    ["light", 1280],
    ["dark", 1280],
    ["dark", 375],
  ] as const)("has no axe-core violations, %s at %i px, with the details, counts and table open", async (colorScheme, width) => {
    const { page, close } = await open("embed/investment/?deal=cosco-khorgos-stake-2017&year=2013&sector=transport-logistics", {
      colorScheme,
      viewport: { width, height: 900 },
    });
    await page.locator(".investment-counts__more summary").first().click();
    await page.getByRole("button", { name: "Table" }).click();
    await page.locator(".data-table").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it("has no axe-core violations in the projector theme", async () => {
    const { page, close } = await open("embed/investment/?theme=contrast&deal=kapshagay-solar-2018");
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
