import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, watchPage } from "./browser";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;

describe.skipIf(!inject("browser"))("the trade view in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, width = 1280) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, hasTouch: width < 600 });
    const page = await context.newPage();
    const problems = watchPage(page, origin);
    await page.goto(new URL(path, baseUrl).href, { waitUntil: "networkidle" });
    await page.locator(".trade-chart__overlay").waitFor();
    return { page, problems, close: () => context.close() };
  }

  it("reports every year, in order, as the pointer sweeps across the chart", async () => {
    const { page, problems, close } = await open("embed/trade/");
    const box = (await page.locator(".trade-chart__overlay").boundingBox())!;
    const seen: number[] = [];
    for (let x = box.x + 2; x < box.x + box.width; x += box.width / 120) {
      await page.mouse.move(x, box.y + box.height / 2);
      const year = Number(await page.locator(".trade-tooltip__year").textContent());
      if (seen[seen.length - 1] !== year) seen.push(year);
    }
    expect(seen[0]).toBe(1992);
    expect(seen[seen.length - 1]).toBe(2024);
    expect(seen).toEqual(Array.from({ length: 2024 - 1992 + 1 }, (_, i) => 1992 + i));
    await page.mouse.move(box.x + (box.width * (2023.5 - 1992)) / 33, box.y + box.height / 2);
    await expect(page.locator(".chart-tooltip").textContent()).resolves.toMatch(/2023.*\$41B.*\+31\.5% on 2022/);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await close();
  });

  it("is read by keyboard: the chart takes focus and arrows move the announced year", async () => {
    const { page, close } = await open("embed/trade/?reporter=both");
    await page.locator(".trade-chart__frame").focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator('[aria-live="polite"]').textContent()).resolves.toMatch(
      /^1992: China customs \$368M; Kazakhstan's statistics \$373M, IMF estimate$/,
    );
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).searchParams.get("year")).toBe("2024");
    await close();
  });

  it("draws a log scale and both reporters from the URL", async () => {
    const { page, close } = await open("embed/trade/?scale=log&reporter=both&flow=split");
    expect(await page.locator(".trade-chart__series").count()).toBe(4);
    const labels = await page.locator(".trade-chart__grid text").allTextContents();
    expect(labels).toContain("$1B");
    expect(labels).toContain("$10B");
    await close();
  });

  it("fits a 375 px phone: no sideways scroll, the chart as wide as the screen allows, a tap pins the tooltip", async () => {
    const { page, close } = await open("embed/trade/", 375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const svg = (await page.locator(".trade-chart__svg").boundingBox())!;
    expect(svg.width).toBeGreaterThan(300);
    expect(svg.x + svg.width).toBeLessThanOrEqual(375);
    const overlay = (await page.locator(".trade-chart__overlay").boundingBox())!;
    await page.touchscreen.tap(overlay.x + overlay.width * 0.5, overlay.y + overlay.height * 0.5);
    const tooltip = page.locator(".chart-tooltip");
    await tooltip.waitFor();
    const tip = (await tooltip.boundingBox())!;
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(375);
    // The tooltip does not cover the point it describes.
    const point = (await page.locator(".trade-chart__point[r='5.5']").first().boundingBox())!;
    const overlaps = !(
      tip.x + tip.width < point.x ||
      point.x + point.width < tip.x ||
      tip.y + tip.height < point.y ||
      point.y + point.height < tip.y
    );
    expect(overlaps).toBe(false);
    await close();
  });

  it("has no axe-core violations with the table open, light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(new URL("embed/trade/?reporter=both", baseUrl).href, { waitUntil: "networkidle" });
      await page.getByRole("button", { name: "Table" }).click();
      await page.locator(".data-table").waitFor();
      expect(await axeViolations(page), scheme).toEqual([]);
      await context.close();
    }
  });
});
