import { describe, expect, inject, it } from "vitest";
import { pageText } from "../../scripts/pageHtml";
import { PAGES, pagePath } from "../../scripts/pages";
import { VIEW_IDS } from "../../src/app/views";
import { axeViolations, openPage as open, searchParam } from "./browser";
import { THEME_SCRIPT } from "../../src/lib/themes";

const baseUrl = inject("baseUrl");
const VIEWS = [...VIEW_IDS];

describe.skipIf(!inject("browser"))("every route, served as plain files under a base path", () => {
  it.each(PAGES.map((page) => [pagePath(page), page] as const))(
    "/%s is a file in the build, titled from the catalog",
    async (path, page) => {
      const { page: tab, response } = await open(path);
      expect(response?.status()).toBe(200);
      // No redirect; a page may add its state to the query string (/present/?year=…).
      expect(new URL(tab.url()).pathname).toBe(new URL(path, baseUrl).pathname);
      const { title, description } = pageText(page);
      await expect(tab.title()).resolves.toBe(title);
      expect(await tab.locator('meta[name="description"]').getAttribute("content")).toBe(description);
      expect(await tab.locator("html").getAttribute("lang")).toBe(page.lang);
      expect(await tab.locator("body").getAttribute("data-page")).toBe(page.kind);
      expect(await tab.locator("body").getAttribute("data-embed")).toBe(page.embed ?? null);
      expect(await tab.locator('link[rel="icon"]').getAttribute("href")).toBe(`${new URL(baseUrl).pathname}favicon.svg`);
    },
  );

  it("/ shows the shell and all four views with their data, cleanly", async () => {
    const { page, problems, response } = await open("");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Silk Road Ledger" }).isVisible()).resolves.toBe(true);
    for (const id of VIEWS) {
      const view = page.locator(`[data-view="${id}"]`);
      await view.locator(".summary").waitFor();
      expect(await view.getByRole("alert").count()).toBe(0);
    }
    await expect(page.locator('[data-view="trade"]').textContent()).resolves.toMatch(/\$368M in 1992 → \$[\d.]+B in 20\d\d/);
    await page.locator(".sources-details summary").click();
    await page.locator(".sources-list li").first().waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it.each(VIEWS)("/embed/%s shows that one view alone, cleanly", async (id) => {
    const { page, problems, response } = await open(`embed/${id}`);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(new URL(`embed/${id}/`, baseUrl).href);
    await page.locator(`[data-view="${id}"] .summary`).waitFor();
    expect(await page.locator("[data-view]").count()).toBe(1);
    expect(await page.locator(".site-header, .site-footer").count()).toBe(0);
    const full = page.getByRole("link", { name: "Open in Silk Road Ledger" });
    expect(await full.getAttribute("href")).toBe(`/ledger/#view-${id}`);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it("/present walks through every step, each with its view drawn, by keyboard and clicker keys", async () => {
    const { page, problems } = await open("present");
    const count = page.locator(".present-bar__count");
    await page.getByText(/^Step 1 of \d+$/).waitFor();
    const total = Number(/of (\d+)/.exec((await count.textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThanOrEqual(8);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("1992: two new neighbours");
    const seen = new Set<string>();
    for (let n = 1; n <= total; n++) {
      await page.getByText(`Step ${n} of ${total}`).waitFor();
      const view = page.locator(".present-stage [data-view]");
      const id = (await view.getAttribute("data-view")) ?? "";
      seen.add(id);
      // The view has drawn (its own summary is there, or a predict step's chart or choices), not a skeleton or an error.
      await page.locator(".present-stage :is([data-view] .summary, .predict svg, .predict .guess-choice)").first().waitFor();
      expect(await view.getByRole("alert").count()).toBe(0);
      await expect.poll(() => searchParam(page, "step")).toBe(n === 1 ? null : String(n));
      await page.keyboard.press(n % 2 ? "ArrowRight" : "PageDown");
    }
    expect(seen).toEqual(new Set(["trade", "investment", "timeline", "map"]));
    await page.keyboard.press("Home");
    await page.getByText(`Step 1 of ${total}`).waitFor();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it("an unknown view under /embed/ says so, and lists the real ones", async () => {
    const { page, response, problems } = await open("embed/trades");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "There is no view called “trades”" }).waitFor();
    const links = await page.locator(".embed-list a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(VIEWS.map((v) => `/ledger/embed/${v}/`));
    // The only error is the 404 of the page itself.
    expect(problems.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  it("treats hostile URL parameters as text, never as markup or script", async () => {
    const evil = encodeURIComponent('"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
    const { page, problems } = await open(`embed/${evil}/?lang=${evil}&theme=${evil}&year=${evil}&step=-1`);
    let dialog = false;
    page.on("dialog", () => (dialog = true));
    await page.locator("h1").waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // No image and no inline script but the head's own theme script, which the page's policy allows by its hash.
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script:not([src])").allTextContents()).toEqual([THEME_SCRIPT]);
    expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
    expect(await page.locator("h1").textContent()).toMatch(/^There is no view called “"><img src=x onerror=/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
    expect(dialog).toBe(false);
    expect(problems.foreignRequests).toEqual([]);
  });

  it("follows theme= and prefers-color-scheme", async () => {
    const dark = await open("embed/trade/", { colorScheme: "dark" });
    const bg = (p: typeof dark.page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg(dark.page)).toBe("rgb(25, 33, 42)");
    await dark.close();
    const pinned = await open("embed/trade/?theme=light", { colorScheme: "dark" });
    expect(await pinned.page.locator("html").getAttribute("data-theme")).toBe("light");
    expect(await bg(pinned.page)).toBe("rgb(255, 255, 255)");
    await pinned.close();
  });

  it.each([
    ["", "light"],
    ["", "dark"],
    ["?theme=contrast", "light"],
    ["embed/trade/", "dark"],
    ["embed/map/", "light"],
    ["present/", "light"],
    ["embed/nope/", "light"],
  ] as const)("has no axe-core (WCAG A/AA) violations on /%s in %s", async (path, colorScheme) => {
    const { page } = await open(path, { colorScheme });
    await page.locator("h1").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("fits a 375 px phone without sideways scrolling", async () => {
    for (const path of ["", "embed/trade/"]) {
      const { page, close } = await open(path, { width: 375 });
      await page.locator('[data-view="trade"] .summary').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await close();
    }
  });
});
