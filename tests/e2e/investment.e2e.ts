import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { COUNT_UP_MS, COUNT_UP_VISIBLE } from "../../src/views/investment/countUp";
import { axeViolations, openPage, searchParam, type OpenPageOptions } from "./browser";

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
/** Opens one of the view's folded parts by a tap on its heading, as a reader would. */
const openPart = (page: Page, heading: string) =>
  page.locator('[data-view="investment"] summary', { has: page.getByRole("heading", { name: heading }) }).click();

const tallyTexts = (page: Page) => page.evaluate(() => (window as unknown as { __tally: string[] }).__tally);

/**
 * Waits until the tally is on screen (as much of it as the count-up needs) or off it, and then until an
 * IntersectionObserver made now has been told so: the view's own observer, made earlier, has been told first.
 */
async function tallySeen(page: Page, onScreen: boolean) {
  const tally = page.locator('[data-view="investment"] .investment-tally__figure');
  const args = [onScreen, COUNT_UP_VISIBLE] as const;
  await expect
    .poll(
      () =>
        tally.evaluate((el, [onScreen, visible]) => {
          const r = el.getBoundingClientRect();
          const shown = Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0)) / r.height;
          return shown >= visible === onScreen;
        }, args),
      { message: `the tally ${onScreen ? "on" : "off"} screen` },
    )
    .toBe(true);
  await tally.evaluate(
    (el, [onScreen, visible]) =>
      new Promise<void>((resolve) => {
        const observer = new IntersectionObserver(
          ([entry]) => {
            if (entry!.intersectionRatio >= visible === onScreen) {
              observer.disconnect();
              resolve();
            }
          },
          { threshold: [0, visible] },
        );
        observer.observe(el);
      }),
    args,
  );
}

/**
 * Runs the page's fake clock for twice a count-up, in steps, so that work the page schedules outside the
 * clock (React renders) gets its turn between them. No real waiting.
 */
async function runTwiceACountUp(page: Page) {
  for (let t = 0; t < 2 * COUNT_UP_MS; t += 100) await page.clock.runFor(100);
}

describe.skipIf(!inject("browser"))("the investment view in Chromium", () => {
  function open(path: string, options: OpenPageOptions = {}) {
    const width = options.width ?? 1280;
    return openPage(path, {
      touch: width < 600,
      initScript: RECORD_TALLY,
      waitFor: '[data-view="investment"] .summary',
      ...options,
    });
  }

  const figure = (page: Page) => page.getByTestId("tally-count");

  it("shows the tally's final figure from the first paint and keeps it, when it is on screen as the page loads", async () => {
    const { page, problems } = await open("embed/investment/", { clock: true });
    await tallySeen(page, true);
    await runTwiceACountUp(page);
    // The prerendered figure is the first one painted, and the only one: no jump back to zero in front of the reader.
    expect(await tallyTexts(page)).toEqual(["$25.3B"]);
    expect(await page.getByText("$25.3B of Chinese investment, 2005–2023").count()).toBe(1);
    expect(problems).toEqual(CLEAN);
  });

  it("shows the final figure at once under prefers-reduced-motion", async () => {
    const { page } = await open("embed/investment/", { reducedMotion: "reduce", clock: true });
    expect(await figure(page).textContent()).toBe("$25.3B");
    await tallySeen(page, true);
    await runTwiceACountUp(page);
    expect(await tallyTexts(page)).toEqual(["$25.3B"]);
  });

  it("on the dashboard, counts the tally up from zero once when it scrolls into view, while screen readers get the final figure", async () => {
    const { page, problems } = await open("", { height: 500, clock: true });
    const tally = page.locator('[data-view="investment"] .investment-tally__figure');
    // Below the full-width trade chart, the tally starts off screen, as prerendered.
    expect(await tally.evaluate((el) => el.getBoundingClientRect().top > 2 * window.innerHeight)).toBe(true);
    await tallySeen(page, false);
    await runTwiceACountUp(page);
    expect(await tallyTexts(page)).toEqual(["$25.3B"]);
    // Scrolled to within a screen of it, the view hydrates and sets the figure to zero there, unseen.
    await tally.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 1.5 * window.innerHeight));
    await tallySeen(page, false);
    await expect.poll(() => figure(page).textContent()).toBe("$0");
    expect(await tallyTexts(page)).toEqual(["$25.3B", "$0"]);
    await tally.scrollIntoViewIfNeeded();
    await tallySeen(page, true);
    await runTwiceACountUp(page);
    await expect.poll(() => figure(page).textContent()).toBe("$25.3B");
    const seen = await tallyTexts(page);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen[seen.length - 1]).toBe("$25.3B");
    // The moving digits are hidden from assistive technology; the sentence is whole from the start.
    expect(await page.getByText("$25.3B of Chinese investment, 2005–2023").count()).toBe(1);
    expect(await figure(page).evaluate((el) => el.closest("[aria-hidden='true']") !== null)).toBe(true);
    expect(await page.locator(".investment-tally [aria-live]").count()).toBe(0);

    // Scrolling away and back, or re-rendering through a selection, does not replay it.
    await page.mouse.wheel(0, 3000);
    await tallySeen(page, false);
    await openPart(page, "Landmark deals and loans");
    await page.getByRole("button", { name: "Mining, 1 deal" }).click();
    await tally.scrollIntoViewIfNeeded();
    await tallySeen(page, true);
    await runTwiceACountUp(page);
    expect(await tallyTexts(page)).toEqual(seen);
    expect(problems).toEqual(CLEAN);
  });

  it("selects a deal and filters the sectors, keeps them in the URL, and restores them from it", async () => {
    const { page, problems } = await open("embed/investment/");
    // Folded until opened: the deals are one tap away.
    expect(await page.getByRole("button", { name: /CNPC takes over PetroKazakhstan/ }).isVisible()).toBe(false);
    await openPart(page, "Landmark deals and loans");
    const deal = page.getByRole("button", { name: /CNPC takes over PetroKazakhstan/ });
    await deal.click();
    await expect.poll(() => deal.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => searchParam(page, "deal")).toBe("petrokazakhstan-2005");
    await expect.poll(() => page.locator(".investment-deal__details").textContent()).toMatch(/October 26, 2005.*\$4,180,000,000/);

    // Hiding the selected deal's sector lets the deal go.
    await page.getByRole("button", { name: "Oil and gas, 7 deals" }).click();
    await expect.poll(() => searchParam(page, "sectors")).toBe("mining,other,refining,renewables,transport-logistics");
    expect(searchParam(page, "deal")).toBeNull();
    await expect.poll(() => page.locator(".investment-deal").count()).toBe(9);
    await page.getByRole("button", { name: /Energy China 500 MW wind farm/ }).click();
    await expect.poll(() => page.locator(".investment-deal__details").textContent()).toContain("not disclosed");
    // Checked before the reload, which aborts whatever the page was still fetching (the favicon).
    expect(problems).toEqual(CLEAN);

    await page.reload({ waitUntil: "networkidle" });
    await page.locator(".investment-deal__details").waitFor();
    expect(await page.getByRole("button", { name: "Oil and gas, 7 deals" }).getAttribute("aria-pressed")).toBe("false");
    expect(await page.getByRole("button", { name: "Renewables, 4 deals" }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("button", { name: /Energy China 500 MW wind farm/ }).getAttribute("aria-expanded")).toBe("true");
  });

  it("splits the deals at the shared focus year from the URL", async () => {
    const { page } = await open("embed/investment/?year=2013");
    await openPart(page, "Landmark deals and loans");
    await page.getByRole("heading", { name: "Up to 2013: 9 deals" }).waitFor();
    await page.getByRole("heading", { name: "After 2013: 7 deals" }).waitFor();
    expect(await page.locator(".investment-inflows__chart .chart-focus").textContent()).toBe("2013");
  });

  it("draws the unit chart: 253 squares for the tally, none coloured by an invented breakdown", async () => {
    const { page } = await open("embed/investment/");
    const blocks = page.locator(".investment-units__svg > g");
    const tallyFills = await blocks
      .nth(0)
      .locator("rect")
      .evaluateAll((rects) => [...new Set(rects.map((r) => r.getAttribute("fill")))]);
    expect(await blocks.nth(0).locator("rect").count()).toBe(253);
    expect(tallyFills).toEqual(["var(--investment-unattributed)"]);
    expect(await blocks.nth(1).locator("rect").count()).toBe(156);
  });

  it("fits a 375 px phone: no sideways scroll, charts inside the screen, touch targets of 44 px", async () => {
    const { page } = await open("embed/investment/?deal=kashagan-stake-2013", { width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    for (const selector of [".investment-units__svg", ".investment-inflows__svg"]) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(375);
    }
    const small = await page.locator('[data-view="investment"]').evaluate((view) =>
      [...view.querySelectorAll("button, select, summary")]
        .map((el) => ({
          text: el.textContent?.trim().slice(0, 30),
          height: el.getBoundingClientRect().height,
          inline: el.classList.contains("source-line__unfold"),
        }))
        // Folded controls (height 0) are not on screen to be tapped; a button inside a sentence ("2 more"
        // sources) is text to read, which WCAG 2.5.8 exempts, and its target reaches past it (charts.css).
        .filter((t) => t.height > 0 && t.height < 44 && !t.inline),
    );
    expect(small).toEqual([]);
    await page.getByRole("button", { name: /CDB loan for the Aktogay copper mine/ }).tap();
    await expect.poll(() => searchParam(page, "deal")).toBe("aktogay-cdb-2011");
  });

  it.each([
    ["light", 1280],
    ["dark", 1280],
    ["dark", 375],
  ] as const)("has no axe-core violations, %s at %i px, with the details, counts and table open", async (colorScheme, width) => {
    const { page } = await open("embed/investment/?deal=cosco-khorgos-stake-2017&year=2013&sector=transport-logistics", {
      colorScheme,
      width,
    });
    await openPart(page, "How big is it, by whose count?");
    await page.locator(".investment-counts__more summary").first().click();
    await page.getByRole("button", { name: "Table" }).click();
    await page.locator(".data-table").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("has no axe-core violations in the projector theme", async () => {
    const { page } = await open("embed/investment/?theme=contrast&deal=kapshagay-solar-2018");
    expect(await axeViolations(page)).toEqual([]);
  });
});
