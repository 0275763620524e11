import { describe, expect, inject, it } from "vitest";
import { axeViolations, openPage, searchParam } from "./browser";

const open = (path: string, width = 1280) => openPage(path, { width, touch: width < 600, waitFor: ".trade-chart__overlay" });
const FIRST = 1992;
const LAST = 2024;

describe.skipIf(!inject("browser"))("the trade view in Chromium", () => {
  it("reports every year, in order, as the pointer sweeps across the chart", async () => {
    const { page, problems } = await open("embed/trade/");
    const box = (await page.locator(".trade-chart__overlay").boundingBox())!;
    const yearShown = async () => Number(await page.locator(".trade-tooltip__year").textContent());
    const seen: number[] = [];
    // The x axis runs from the start of the first year to the end of the last; each year has a band.
    for (let x = box.x + 2; x < box.x + box.width; x += box.width / 120) {
      const at = FIRST + ((x - box.x) / box.width) * (LAST + 1 - FIRST);
      // Near a band's edge, which year is meant is a matter of rounding: not what this test is about.
      if (Math.abs(at - Math.round(at)) < 0.1) continue;
      const year = Math.min(LAST, Math.floor(at));
      await page.mouse.move(x, box.y + box.height / 2);
      await expect.poll(yearShown, { message: `pointer at ${Math.round(x - box.x)} px` }).toBe(year);
      if (seen[seen.length - 1] !== year) seen.push(year);
    }
    expect(seen).toEqual(Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i));
    await page.mouse.move(box.x + (box.width * (2023.5 - FIRST)) / (LAST + 1 - FIRST), box.y + box.height / 2);
    await expect.poll(() => page.locator(".chart-tooltip").textContent()).toMatch(/2023.*\$41B.*\+31\.5% on 2022/);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it("is read by keyboard: the chart takes focus and arrows move the announced year", async () => {
    const { page } = await open("embed/trade/?reporter=both");
    await page.locator(".trade-chart__frame").focus();
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => page.locator('[aria-live="polite"]').textContent())
      .toMatch(/^1992: China customs \$368M; Kazakhstan's statistics \$373M, IMF estimate$/);
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await expect.poll(() => searchParam(page, "year")).toBe("2024");
  });

  it("draws a log scale and both reporters from the URL", async () => {
    const { page } = await open("embed/trade/?scale=log&reporter=both&flow=split");
    expect(await page.locator(".trade-chart__series").count()).toBe(4);
    const labels = await page.locator(".trade-chart__grid text").allTextContents();
    expect(labels).toContain("$1B");
    expect(labels).toContain("$10B");
  });

  it("fits a 375 px phone: no sideways scroll, the chart as wide as the screen allows, a tap pins the tooltip", async () => {
    const { page } = await open("embed/trade/", 375);
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
  });

  it("has no axe-core violations with the table open, light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const { page, close } = await openPage("embed/trade/?reporter=both", { colorScheme });
      await page.getByRole("button", { name: "Table" }).click();
      await page.locator(".data-table").waitFor();
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await close();
    }
  });
});
