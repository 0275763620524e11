import { describe, expect, inject, it } from "vitest";
import { messages as kk } from "../../src/i18n/kk";
import { messages as ru } from "../../src/i18n/ru";
import { messages as zh } from "../../src/i18n/zh";
import { openPage, untilHydrated } from "./browser";

const CATALOGS = { zh, ru, kk } as const;
const LANGS = Object.keys(CATALOGS) as (keyof typeof CATALOGS)[];

/** How far the page scrolls sideways: 0 when nothing is wider than the screen. */
const sideways = (page: import("playwright-core").Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!inject("browser"))("the site in Chinese, Russian and Kazakh", () => {
  it.each(LANGS)("draws the dashboard in %s, with <html lang>, and nothing wider than a 320 px screen", async (lang) => {
    const t = CATALOGS[lang];
    const { page, problems } = await openPage(`?lang=${lang}`, { width: 320, height: 700, touch: true });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await page.getByRole("heading", { level: 2, name: t["view.trade.title"] }).waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(t["app.title"]);
    await expect(page.getByRole("combobox", { name: t["controls.language"] }).inputValue()).resolves.toBe(lang);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    // The views' names fit the screen: the navigation does not scroll sideways either.
    expect(await page.locator(".view-nav ul").evaluate((ul) => ul.scrollWidth - ul.clientWidth)).toBeLessThanOrEqual(0);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("switches language from the header, keeps it in the address, and back", async () => {
    const { page, problems } = await openPage("");
    await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
    await page.getByRole("heading", { level: 2, name: ru["view.trade.title"] }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("ru");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ru");
    await page.getByRole("combobox", { name: ru["controls.language"] }).selectOption("en");
    await page.getByRole("heading", { level: 2, name: "Bilateral trade" }).waitFor();
    expect(problems.consoleErrors).toEqual([]);
  });

  it.each([
    ["embed/timeline/", "kk", 375],
    ["present/", "zh", 1280],
    ["present/speaker/", "ru", 1280],
    ["handout/", "kk", 375],
  ] as const)("draws %s in %s", async (path, lang, width) => {
    const { page, problems } = await openPage(`${path}?lang=${lang}`, { width, height: 800 });
    await untilHydrated(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    // Some text of the page's own in the language: its title, a view's, or the presentation's controls.
    const texts = Object.values(CATALOGS[lang]);
    const body = await page.locator("body").innerText();
    expect(texts.filter((text) => !/[{}]/.test(text) && text.length > 3 && body.includes(text)).length).toBeGreaterThan(3);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(problems.consoleErrors).toEqual([]);
  });
});
