import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { STORY } from "../../src/app/pages/present/story";
import { axeViolations, openPage } from "./browser";
import { E2E_SITE_URL } from "./globalSetup";
import { readPdf, writePagePngs } from "./pdfPages";

/** PDF points per millimetre. */
const PT_PER_MM = 72 / 25.4;
const PAPER = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;

/** Where the first two pages are written as PNGs (in colour and in grayscale), to look at. */
const PNG_PREFIX = join(tmpdir(), "handout");

const stepUrl = (n: number) => `${E2E_SITE_URL}present/?step=${n}`;

/** The print dialog is the browser's: the tests count the calls that would open it. */
const countPrints = () => {
  const counted = window as unknown as { printed: number };
  counted.printed = 0;
  window.print = () => void (counted.printed += 1);
};
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

/**
 * Presses Print as a reader does: the steps not yet hydrated (each hydrates as its page comes near) draw their
 * charts, then the dialog opens, once.
 */
async function pressPrint(page: Page) {
  // The button answers once the page has hydrated.
  await page.locator("body[data-hydrated]").waitFor();
  await page.getByRole("button", { name: "Print" }).click();
  await expect.poll(() => printed(page), { timeout: 30_000 }).toBe(1);
  expect(await page.locator(".handout[data-ready]").count()).toBe(1);
}

describe.skipIf(!inject("browser"))("the printed handout", () => {
  // Printing, reading back and decoding ten pages takes a while on two busy cores.
  it.each(["A4", "Letter"] as const)(
    "prints on %s: a cover, then a page per step with its chart in vectors, its number and a code that opens it live",
    async (format) => {
      const { page, context, problems } = await openPage("handout/", { initScript: countPrints });
      // Every step's chart drawn: the view's own SVG in each chart box, and the document says it is ready.
      await pressPrint(page);
      const charts = page.locator(".handout-chart");
      expect(await charts.count()).toBe(STORY.length);
      for (const [i, step] of STORY.entries()) {
        // A choice to guess among is a list of figures; every other step draws a chart.
        const drawing = step.predict?.kind === "choice" ? ".guess-choice" : "[data-view] svg";
        await charts.nth(i).locator(drawing).first().waitFor();
        expect(await charts.nth(i).getAttribute("data-drawn")).toBe("");
      }

      const pdf = await page.pdf({ format });
      const pages = await readPdf(context, new URL(page.url()).origin, pdf, { keepPngs: format === "A4" ? 2 : 0 });
      if (format === "A4") writePagePngs(pages, PNG_PREFIX);

      const paper = PAPER[format];
      for (const p of pages) {
        expect(p.width / PT_PER_MM).toBeCloseTo(paper.width, 0);
        expect(p.height / PT_PER_MM).toBeCloseTo(paper.height, 0);
      }
      // One page for the cover and one for each step: no step runs over onto a second page.
      expect(pages).toHaveLength(STORY.length + 1);
      expect(pages[0]?.text).toContain("How to read these charts");
      expect(pages[0]?.code).toBeNull();
      pages.forEach((p, i) => {
        expect(p.text).toContain(`Page ${i + 1} of ${pages.length}`);
        // Charts, codes and all are vector graphics: nothing on the page is a raster image.
        expect(p.hasImage, `page ${i + 1} paints a raster image`).toBe(false);
      });
      // Each step's page carries its title and a code that a phone reads as that step's live address.
      STORY.forEach((step, i) => {
        const onPage = pages[i + 1];
        expect(onPage?.text).toContain(`Step ${i + 1} of ${STORY.length}`);
        expect(onPage?.code, `step ${i + 1} (${step.id})`).toBe(stepUrl(i + 1));
        // The address is printed beside the code (where it wraps, the PDF's text has a space).
        expect(onPage?.text.replace(/\s+/g, "")).toContain(stepUrl(i + 1));
      });
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    },
    120_000,
  );

  it("hydrates a step's chart as its page comes near, and every step's on Ctrl+P before the dialog opens", async () => {
    const { page, problems } = await openPage("handout/", { initScript: countPrints });
    await page.locator("body[data-hydrated]").waitFor();
    const charts = page.locator(".handout-chart");
    // At load, the last steps' charts are the prerendered drawings: on screen, not yet the views'.
    const last = charts.nth(STORY.length - 1);
    expect(await last.locator("[data-view] svg, .guess-choice").count()).toBeGreaterThan(0);
    expect(await last.getAttribute("data-drawn")).toBeNull();
    expect(await page.locator(".handout[data-ready]").count()).toBe(0);
    // Scrolled to, a step's chart hydrates and draws.
    const middle = charts.nth(5);
    await middle.scrollIntoViewIfNeeded();
    await expect.poll(() => middle.getAttribute("data-drawn")).toBe("");
    expect(await last.getAttribute("data-drawn")).toBeNull();
    // Ctrl+P waits for every chart, then opens the dialog once.
    await page.keyboard.press("Control+p");
    await expect.poll(() => printed(page), { timeout: 30_000 }).toBe(1);
    expect(await page.locator(".handout[data-ready] .handout-chart[data-drawn]").count()).toBe(STORY.length);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  }, 60_000);

  it("prints the handout from /present on Ctrl+P, in place of the slide on screen", async () => {
    const { page, context, problems } = await openPage(`present/?step=${STORY.length}`, { initScript: countPrints });
    await page.locator(".present-stage [data-view] .summary").first().waitFor();
    // Until it is asked for, the handout is not in the page.
    expect(await page.locator(".print-handout").count()).toBe(0);
    await page.keyboard.press("Control+p");
    await expect.poll(() => printed(page), { timeout: 30_000 }).toBe(1);
    expect(await page.locator(".print-handout[data-ready] .handout-chart[data-drawn]").count()).toBe(STORY.length);
    // On screen, the slide stays as it was.
    expect(await page.locator(".print-handout").isVisible()).toBe(false);
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);

    const pdf = await page.pdf({ format: "A4" });
    const pages = await readPdf(context, new URL(page.url()).origin, pdf);
    expect(pages).toHaveLength(STORY.length + 1);
    expect(pages[0]?.text).toContain("How to read these charts");
    expect(pages.slice(1).map((p) => p.code)).toEqual(STORY.map((_, i) => stepUrl(i + 1)));
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  }, 120_000);

  it.each(["light", "dark"] as const)("has no axe-core (WCAG A/AA) violations on screen in %s", async (colorScheme) => {
    const { page } = await openPage("handout/", { colorScheme, initScript: countPrints });
    await pressPrint(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows a Print button on screen and nothing to press on paper", async () => {
    const { page, problems } = await openPage("handout/", { initScript: countPrints });
    await pressPrint(page);
    const print = page.getByRole("button", { name: "Print" });
    expect(await print.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await print.isVisible()).toBe(false);
    // A control that prints: laid out, and showing something (its words, a border or a background). The
    // trade chart's milestone buttons are clear hit targets over its diamonds, and print nothing.
    const pressable = await page.locator("button, select, input, [role=tooltip]").evaluateAll((els) =>
      els
        .filter((el) => {
          if (el.getClientRects().length === 0) return false;
          const style = getComputedStyle(el);
          if (style.visibility === "hidden" || style.opacity === "0") return false;
          const shows =
            (el as HTMLElement).innerText.trim() !== "" || style.borderTopWidth !== "0px" || style.backgroundColor !== "rgba(0, 0, 0, 0)";
          return shows;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(pressable).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });
});
