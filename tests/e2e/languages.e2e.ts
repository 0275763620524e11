import { describe, expect, inject, it } from "vitest";
import { ALL_CATALOGS } from "../../src/i18n/allCatalogs";
import { messages as ruClassroom } from "../../src/i18n/ru/classroom";
import { messages as kk } from "../../src/i18n/kk/core";
import { messages as ru } from "../../src/i18n/ru/core";
import { messages as zh } from "../../src/i18n/zh/core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openPage, untilHydrated } from "./browser";

/** Each language's messages every page uses: titles, controls. */
const CATALOGS = { zh, ru, kk } as const;

const LANGS = Object.keys(CATALOGS) as (keyof typeof CATALOGS)[];

type Text = Record<"en" | keyof typeof CATALOGS, string>;
const data = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "../../data", `${name}.json`), "utf8")) as unknown;
const TIMELINE = data("timeline") as { levels: { name: Text }[]; events: { title: Text; major?: boolean }[] };
const PLACES = data("places") as { features: { properties: { name: Text; category: string } }[] };

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

  it.each(LANGS)("serves /%s/ as its own page, written in the language before any script runs, with its alternates", async (lang) => {
    const t = CATALOGS[lang];
    const { page } = await openPage(`${lang}/`, { javaScript: false });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.title()).toContain(t["app.title"]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(t["app.title"]);
    await page.getByRole("heading", { level: 2, name: t["view.trade.title"] }).waitFor();
    // The four views' text (the list of sources below them cites each source by its own title, in its own language).
    const text = (await page.locator("[data-view]").allTextContents()).join("\n");
    // The data in the language: the ladder's four levels, the turning points' titles, the places' names…
    for (const level of TIMELINE.levels) expect(text).toContain(level.name[lang]);
    const major = TIMELINE.events.filter((e) => e.major).slice(0, 5);
    for (const event of major) expect(text).toContain(event.title[lang]);
    const places = PLACES.features.filter((f) => f.properties.category !== "city").slice(0, 5);
    for (const place of places) expect(text).toContain(place.properties.name[lang]);
    // …and none of it left in English.
    for (const event of major) expect(text).not.toContain(event.title.en);
    for (const level of TIMELINE.levels) expect(text).not.toContain(level.name.en);
    // Each language's page names the others, for search engines and the reader's browser.
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!, location.href).pathname]));
    expect(Object.fromEntries(alternates)).toEqual(
      expect.objectContaining({
        en: expect.stringMatching(/\/$/),
        zh: expect.stringMatching(/\/zh\/$/),
        ru: expect.stringMatching(/\/ru\/$/),
        kk: expect.stringMatching(/\/kk\/$/),
        "x-default": expect.stringMatching(/\/$/),
      }),
    );
  });

  it.each(LANGS)("hydrates the timeline embed and the presentation under /%s/ in the language, and switches to English", async (lang) => {
    const t = CATALOGS[lang];
    const { page, problems, requests } = await openPage(`${lang}/embed/timeline/`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(t["view.timeline.title"]);
    // The page reads its data in its own language only: a third of the whole file, which stays for download.
    const files = requests
      .filter((url) => new URL(url).pathname.includes("/data/"))
      .map((url) => new URL(url).pathname.replace(/^.*\/data\//, ""));
    expect(files.sort()).toEqual([`${lang}/timeline.json`, "sources.json"].sort());
    await page.goto(new URL(`../../present/`, page.url()).href, { waitUntil: "networkidle" });
    await untilHydrated(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await page.getByRole("combobox", { name: t["controls.language"] }).selectOption("en");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    // English chosen on a page of another language is written in the address, so a link copied from it keeps it.
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
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

  it("opens in the browser's language on a first visit, and in the reader's choice after it", async () => {
    const { page, problems } = await openPage("", { locale: "ru-RU" });
    await page.getByRole("heading", { level: 2, name: ru["view.trade.title"] }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ru");
    // Written into the address, so a link copied from the page keeps the language.
    expect(new URL(page.url()).searchParams.get("lang")).toBe("ru");
    await page.getByRole("combobox", { name: ru["controls.language"] }).selectOption("en");
    await page.getByRole("heading", { level: 2, name: "Bilateral trade" }).waitFor();
    // The next visit without lang= opens in the language chosen, not the browser's.
    await page.goto(new URL(".", page.url()).href, { waitUntil: "networkidle" });
    await untilHydrated(page);
    await page.getByRole("heading", { level: 2, name: "Bilateral trade" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(problems.consoleErrors).toEqual([]);
  });

  it("leaves an embed in its host's language, whatever the browser's", async () => {
    const { page } = await openPage("embed/trade/", { locale: "zh-CN" });
    await page.getByRole("heading", { level: 1, name: "Bilateral trade" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(new URL(page.url()).searchParams.get("lang")).toBeNull();
  });

  it("leads its own links to the pages written in the reader's language", async () => {
    const path = (href: string | null, page: import("playwright-core").Page) => {
      const url = new URL(href ?? "", page.url());
      return `${url.pathname}${url.search}${url.hash}`;
    };
    // An embed's way out: the dashboard in Kazakh, at the view, not the English page with lang=kk.
    const embed = await openPage("kk/embed/timeline/?year=2011");
    await untilHydrated(embed.page);
    const full = embed.page.getByRole("link", { name: kk["embed.openFull"] });
    expect(path(await full.getAttribute("href"), embed.page)).toMatch(/\/kk\/\?year=2011#view-timeline$/);
    // The handout's way to the presentation.
    const handout = await openPage("ru/handout/");
    await untilHydrated(handout.page);
    const present = handout.page.getByRole("link", { name: ruClassroom["handout.toPresent"] });
    expect(path(await present.getAttribute("href"), handout.page)).toMatch(/\/ru\/present\/$/);
    // An address under /zh/ that is no page: the 404 speaks Chinese, and lists the Chinese embeds.
    const missing = await openPage("zh/embed/nothing/");
    await missing.page.getByRole("heading", { level: 1, name: zh["embed.unknown.title"].replace("{name}", "nothing") }).waitFor();
    const trade = missing.page.getByRole("link", { name: "/embed/trade" });
    expect(path(await trade.getAttribute("href"), missing.page)).toMatch(/\/zh\/embed\/trade\/$/);
    for (const opened of [embed, handout]) expect(opened.problems.consoleErrors).toEqual([]);
    // The one error: the server's answer for the missing page itself.
    expect(missing.problems.consoleErrors).toEqual([expect.stringContaining("404")]);
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
    const texts = Object.values(ALL_CATALOGS[lang] ?? {});
    const body = await page.locator("body").innerText();
    expect(texts.filter((text) => !/[{}]/.test(text) && text.length > 3 && body.includes(text)).length).toBeGreaterThan(3);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(problems.consoleErrors).toEqual([]);
  });
});
