import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it, onTestFinished } from "vitest";
import { PAGES, pagePath, type PageSpec } from "../../scripts/pages";
import { STORY } from "../../src/app/pages/present/story";
import { openPage } from "./browser";
import { readVitals, recordVitals } from "./vitals";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
/** How long the first visit may take to save the whole site on a busy two-core machine. */
const READY_TIMEOUT = 30_000;

/** The precache list in the built worker: every URL it saves, relative to the base path. */
function precacheUrls(): string[] {
  const sw = readFileSync(join(outDir, "sw.js"), "utf8");
  return [...sw.matchAll(/\burl:\s*"([^"]+)",\s*revision:/g)].map((m) => m[1] ?? "");
}

/** What a step of /present shows once drawn: its chart's text, or a predict step's choices. */
const STEP_DRAWN = ".present-stage :is(svg text, .guess-choice__value)";
/** A step that shows the trade view itself (not a guess), for the tests of a view that cannot be downloaded. */
const TRADE_STEP = STORY.findIndex((step) => step.view === "trade" && !step.predict) + 1;

/** Opens /present/ with the service worker allowed, at a projector's size, and waits until it says the lesson is ready offline. */
async function firstVisit() {
  const started = Date.now();
  const opened = await openPage("present/?step=2", { serviceWorkers: "allow", width: 1280, height: 720, initScript: recordVitals });
  await opened.page.getByRole("status").filter({ hasText: "Ready offline" }).waitFor({ timeout: READY_TIMEOUT });
  const readyMs = Date.now() - started;
  // Saying so moves nothing: the words have their room in the bar from the first paint.
  await opened.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { cls, shifts } = await readVitals(opened.page);
  expect(cls, JSON.stringify(shifts)).toBeLessThan(0.01);
  // The worker is active (it answers the next navigation), scoped to the base path.
  const scope = await opened.page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  expect(scope).toBe(baseUrl);
  return { ...opened, readyMs };
}

/** Each page at an address with a query string, as a reader would open it. */
function addressOf(page: PageSpec): string {
  const params = page.kind === "present" ? "?step=2&theme=light" : "?theme=light";
  return `${pagePath(page)}${params}`;
}

/**
 * Waits until the page has drawn what it shows, and no error: no skeleton left, every view drawn, the step of a
 * presentation drawn.
 */
async function expectDrawn(page: Page, spec: PageSpec): Promise<void> {
  await page.locator("#root > *").first().waitFor();
  await expect.poll(() => page.locator(".skeleton").count(), { timeout: 15_000 }).toBe(0);
  const views = page.locator("[data-view]");
  const count = await views.count();
  // A view alone or on the dashboard writes its summary; in a slide (the presentation, the speaker view) it draws its
  // chart; a step that asks the class to choose (the handout) shows its choices.
  for (let i = 0; i < count; i++) await views.nth(i).locator(":is(.summary, svg, .guess-choice)").first().waitFor({ state: "attached" });
  if (spec.embed) expect(await page.locator(`[data-view="${spec.embed}"] svg`).count()).toBeGreaterThan(0);
  if (spec.kind === "dashboard") expect(count).toBeGreaterThan(0);
  if (spec.kind === "present") await page.locator(STEP_DRAWN).first().waitFor();
  expect(await page.getByRole("alert").count()).toBe(0);
}

describe.skipIf(!inject("browser"))("working offline", () => {
  it("the lesson goes on in the tab of the first visit when the network drops: every step draws its view", async () => {
    const { page, context } = await firstVisit();
    // The worker answers this tab's requests now, without a reload.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.keyboard.press("Home");
    await page.getByText(/^Step 1 of \d+$/).waitFor();
    const total = STORY.length;
    const drawn = new Set<string>();
    for (let n = 1; n <= total; n++) {
      if (n > 1) await page.keyboard.press("PageDown");
      await page.getByText(`Step ${n} of ${total}`).waitFor();
      await page.locator(STEP_DRAWN).first().waitFor();
      expect(await page.getByRole("alert").count(), `step ${n}`).toBe(0);
      for (const id of await page.locator(".present-stage [data-view]").evaluateAll((els) => els.map((el) => el.getAttribute("data-view"))))
        drawn.add(id ?? "");
    }
    // The story's steps load views this tab had not loaded before going offline.
    expect(drawn.size).toBeGreaterThan(1);
  });

  it("after one visit, every page is saved and opens with no network, under the base path, with its query string", async () => {
    const { page, context, readyMs } = await firstVisit();
    console.log(`[offline] the first visit was ready offline after ${readyMs} ms`);

    // Everything the worker lists is saved: every page, the datasets and the map geometry among them.
    const urls = precacheUrls();
    for (const spec of PAGES) expect(urls).toContain(spec.html);
    for (const file of [
      "data/trade.json",
      "data/en/trade.json",
      "data/kk/places.json",
      "data/geo/region.topo.json",
      "manifest.webmanifest",
      "icons/icon-512.png",
    ])
      expect(urls).toContain(file);
    const saved = await page.evaluate(async () => {
      const names = await caches.keys();
      const lists = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
      return lists.reduce((a, b) => a + b, 0);
    });
    expect(saved).toBe(urls.length);

    await context.setOffline(true);
    // Every English page, and each other language's dashboard and presentation (the rest are the same pages).
    const opened = PAGES.filter((p) => p.kind !== "notfound" && (p.lang === "en" || p.kind === "dashboard" || p.kind === "present"));
    for (const spec of opened) {
      const response = await page.goto(new URL(addressOf(spec), baseUrl).href);
      expect(response?.status(), addressOf(spec)).toBe(200);
      await expectDrawn(page, spec);
    }
    // The step the address asks for, not the first one.
    await page.goto(new URL("present/?step=2", baseUrl).href);
    await page.getByText("Step 2 of", { exact: false }).waitFor();
    await page.locator(STEP_DRAWN).first().waitFor();
  });

  it("the site is installable: Chromium reads the manifest and finds nothing missing", async () => {
    const { page, context } = await firstVisit();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
    // A test browser's context is private ("in-incognito"), where nothing installs; that is the only thing it may say.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link
        ? ((await (await fetch(link.href)).json()) as { start_url: string; scope: string; icons: { sizes: string; purpose?: string }[] })
        : null;
    });
    expect(manifest?.start_url).toBe("./");
    expect(manifest?.scope).toBe("./");
    expect(manifest?.icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ""}`)).toEqual(
      expect.arrayContaining(["192x192", "512x512", "512x512 maskable"]),
    );
  });

  it("a page whose script cannot be downloaded says so in words, and Retry loads it once the network is back", async () => {
    // No worker yet: the first visit, with the presentation's own script failing.
    const { page } = await openPage("present/?step=2", {
      before: (tab) => tab.route(/\/assets\/PresentPage-[^/]+\.js$/, (route) => route.abort("internetdisconnected")),
      hydrated: false,
    });
    const alert = page.getByRole("alert");
    await alert.getByText("This page could not be loaded").waitFor();
    await expect(alert.textContent()).resolves.toContain("could not be downloaded. Check the connection and retry.");
    await expect(page.locator("body").textContent()).resolves.not.toMatch(/dynamically imported module|Unable to preload/);

    await page.unrouteAll();
    await alert.getByRole("button", { name: "Retry" }).click();
    await page.locator(STEP_DRAWN).first().waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("a step whose view cannot be downloaded says so, offline in plain words, and Retry draws it when back online", async () => {
    const { page, context } = await openPage(`present/?step=${TRADE_STEP}`, {
      before: (tab) => tab.route(/\/assets\/TradeView-[^/]+\.(js|css)$/, (route) => route.abort("internetdisconnected")),
    });
    const alert = page.locator('.present-stage [data-view="trade"]').getByRole("alert");
    await alert.getByText("Bilateral trade could not be shown").waitFor();
    await expect(alert.textContent()).resolves.toContain("could not be downloaded. Check the connection and retry.");
    await context.setOffline(true);
    await alert.getByText("This device is offline").waitFor();
    await expect(page.locator("body").textContent()).resolves.not.toMatch(/dynamically imported module|Unable to preload/);

    await context.setOffline(false);
    await page.unrouteAll();
    await alert.getByRole("button", { name: "Retry" }).click();
    await page.locator('.present-stage [data-view="trade"] .summary').waitFor();
    // The view's style came too: the failed <link> was replaced, not left in place for the preloader to skip.
    const styled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => /TradeView-/.test(l.href) && l.sheet !== null),
    );
    expect(styled).toBe(true);
  });

  it("a view whose text cannot be downloaded says so, and Retry draws it in its words once the network is back", async () => {
    // The trade view's part of the catalog (src/i18n/parts.ts), which loads with the view's code.
    const { page } = await openPage("embed/trade/", {
      before: (tab) => tab.route(/\/assets\/i18n-en-trade-[^/]+\.js(\?.*)?$/, (route) => route.abort("internetdisconnected")),
    });
    const alert = page.getByRole("alert");
    await alert.getByText("Bilateral trade could not be shown").waitFor();
    await expect(alert.textContent()).resolves.toContain("could not be downloaded. Check the connection and retry.");
    await page.unrouteAll();
    await alert.getByRole("button", { name: "Retry" }).click();
    await page.locator('[data-view="trade"] .summary').waitFor();
    await page.getByText("Why do they differ?").waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("a dataset that cannot be downloaded while offline says so in plain words, and Retry draws the view when back online", async () => {
    const { page, context } = await openPage("embed/trade/", {
      before: (tab) => tab.route(/\/data\/en\/trade\.json$/, (route) => route.abort("internetdisconnected")),
    });
    const alert = page.getByRole("alert");
    await alert.getByText("data/en/trade.json").waitFor();
    await context.setOffline(true);
    await alert.getByText("This device is offline, and the file was not saved on it yet.").waitFor();
    await context.setOffline(false);
    await page.unrouteAll();
    await alert.getByRole("button", { name: "Retry" }).click();
    await page.locator('[data-view="trade"] .summary').waitFor();
  });

  it("a view whose files a new deployment replaced says so, and Retry reloads the page", async () => {
    const { page } = await openPage("embed/timeline/", {
      before: (tab) => tab.route(/\/assets\/TimelineView-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: "" })),
    });
    const alert = page.getByRole("alert");
    await alert.getByText("The site has been updated since this page was opened").waitFor();
    await page.unrouteAll();
    await Promise.all([page.waitForEvent("load"), alert.getByRole("button", { name: "Retry" }).click()]);
    await page.locator('[data-view="timeline"] .summary').waitFor();
  });

  it("a new version waits for the reader: the notice offers Reload, and only Reload reloads", async () => {
    const { page } = await firstVisit();
    // The lesson's page as a reader opens it again: now the worker answers it (it controls the page).
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole("status").filter({ hasText: "Ready offline" }).waitFor();
    // Mark this document: a reload would lose the mark.
    await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
    const file = join(outDir, "sw.js");
    const original = readFileSync(file, "utf8");
    onTestFinished(() => writeFileSync(file, original));
    // A new deployment: the worker's script changes, and the browser finds it when it checks for an update.
    writeFileSync(file, `${original}\n// next version\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const notice = page.getByRole("complementary", { name: "Update" });
    await notice.getByText("A new version is available.").waitFor({ timeout: READY_TIMEOUT });
    // The new worker waits; the lesson goes on in this document.
    await expect(page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state))).resolves.toBe("installed");
    await page.keyboard.press("ArrowRight");
    await page.getByText("Step 3 of", { exact: false }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);

    // The notice is in the presentation's bar, clear of the chart, in type readable from the back of the room.
    expect(await page.locator(".present-bar").getByRole("complementary", { name: "Update" }).count()).toBe(1);
    const box = await notice.boundingBox();
    const chart = await page.locator(".present-stage").boundingBox();
    expect(box && chart && box.y + box.height <= chart.y).toBe(true);
    expect(await notice.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);

    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Reload" }).click()]);
    expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBeUndefined();
    await page.locator(STEP_DRAWN).first().waitFor();
    expect(await page.getByRole("complementary", { name: "Update" }).count()).toBe(0);
  });
});
