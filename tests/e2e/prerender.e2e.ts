import { describe, expect, inject, it } from "vitest";
import { PAGES, pagePath } from "../../scripts/pages";
import { STORY } from "../../src/app/pages/present/story";
import { VIEW_IDS } from "../../src/app/views";
import { THEME_SCRIPT } from "../../src/lib/themes";
import { openPage as open, untilAllViewsHydrated, untilViewHydrated } from "./browser";
import { readVitals, recordVitals } from "./vitals";

const baseUrl = inject("baseUrl");
const CLEAN = { consoleErrors: [], failedRequests: [], foreignRequests: [] };

/** What each view's prerendered HTML must say, read as text: its headline figure or a fact of its chart. */
const FACTS: Record<(typeof VIEW_IDS)[number], RegExp> = {
  trade: /\$368M in 1992 → \$[\d.]+B in 20\d\d/,
  investment: /\$25\.3B of Chinese investment, 2005–2023/,
  timeline: /Permanent comprehensive strategic partnership/,
  map: /Khorgos Gateway dry port/,
};

/** The drawn marks that show a view's chart is in the page, not only its frame. */
const MARKS: Record<(typeof VIEW_IDS)[number], string> = {
  trade: ".trade-chart__svg path",
  investment: ".investment svg rect",
  timeline: ".timeline__stage svg g, .timeline-list li",
  map: ".map-canvas__svg .map-country",
};

describe.skipIf(!inject("browser"))("pages painted before any script runs", () => {
  it.each([...VIEW_IDS])(
    "/embed/%s without JavaScript: title, figures, chart, sources and the table's rows, and no dead controls",
    async (id) => {
      const { page } = await open(`embed/${id}/`, { javaScript: false, width: 375, height: 740 });
      const view = page.locator(`[data-view="${id}"]`);
      expect(await view.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
      expect(await view.textContent()).toMatch(FACTS[id]);
      expect(await view.locator(MARKS[id]).count()).toBeGreaterThan(10);
      // The sources: a source line, or on the map, which cites them place by place, its count of them.
      if (id === "map") expect(await view.textContent()).toMatch(/\d+ sources, cited place by place/);
      else expect(await view.locator(".source-line a").count()).toBeGreaterThan(0);
      // The data table, which a script would open on request, is there and open.
      const rows = view.locator("table tbody tr");
      expect(await rows.count()).toBeGreaterThan(3);
      expect(await rows.first().isVisible()).toBe(true);
      // Controls that need a script are not offered; the page says what needs one.
      for (const selector of [".view-controls", ".view-actions__bar", ".trade-chart__event-buttons"]) {
        for (const control of await view.locator(selector).all()) expect(await control.isVisible()).toBe(false);
      }
      expect(await page.locator("p.noscript").textContent()).toMatch(/Without JavaScript the page shows its figures, charts and tables/);
      // Styled from the first paint: the page's style sheets are linked from its head, not added by its scripts.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^(serif|Times)/);
    },
  );

  it("/ without JavaScript shows all four views, each with its chart, and the view navigation links to them", async () => {
    const { page } = await open("", { javaScript: false });
    for (const id of VIEW_IDS) {
      const view = page.locator(`[data-view="${id}"]`);
      expect(await view.textContent()).toMatch(FACTS[id]);
      expect(await view.locator(MARKS[id]).count()).toBeGreaterThan(10);
    }
    await page.locator('a[href="#view-map"]').first().click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  });

  it.each(["present/", "present/speaker/"])(
    "/%s without JavaScript shows the first step's chart, filling the class's stage",
    async (path) => {
      const { page } = await open(path, { javaScript: false, width: 1280, height: 720 });
      const stage = page.locator(".present-stage .timeline__stage");
      expect(await stage.textContent()).toMatch(FACTS.timeline);
      expect(await stage.locator("svg g").count()).toBeGreaterThan(10);
      // Drawn at the default slide box, scaled to the stage: as wide as the stage, within its height.
      const [svg, box] = await Promise.all([stage.locator("svg").first().boundingBox(), stage.boundingBox()]);
      expect(svg!.width).toBeCloseTo(box!.width, 0);
      expect(svg!.height).toBeLessThanOrEqual(box!.height + 1);
      expect(box!.height).toBeGreaterThan(100);
    },
  );

  it("/handout/ without JavaScript draws every step's chart, each view's in its slide form, filling its box", async () => {
    const { page } = await open("handout/", { javaScript: false, width: 1280, height: 900 });
    const charts = page.locator(".handout-chart");
    expect(await charts.count()).toBe(STORY.length);
    for (const [i, step] of STORY.entries()) {
      const chart = charts.nth(i);
      // A choice to guess among is a list of figures; a line to draw shows the years up to where the guess starts.
      if (step.predict?.kind === "choice") {
        expect(await chart.locator(".guess-choice").count(), step.id).toBeGreaterThan(0);
        continue;
      }
      const marks = step.predict ? ".guess-line__svg path" : MARKS[step.view];
      expect(await chart.locator(marks).count(), step.id).toBeGreaterThan(0);
      // Drawn at the default slide box and scaled into the chart's box: within it, and filling its width or height.
      const drawing = chart.locator(marks).first().locator("xpath=ancestor::*[local-name()='svg'][last()]");
      const [svg, box] = await Promise.all([drawing.boundingBox(), chart.boundingBox()]);
      expect(svg!.width, step.id).toBeLessThanOrEqual(box!.width + 1);
      expect(svg!.height, step.id).toBeGreaterThan(50);
    }
  });

  it.each([
    ["present/", /Step 1 of \d+/],
    ["present/speaker/", /Notes/],
    ["handout/", /Silk Road Ledger/],
    ["embed/", /trade/i],
    ["404.html", /Page not found/],
  ] as const)("/%s without JavaScript has its content", async (path, text) => {
    const { page } = await open(path, { javaScript: false });
    expect(await page.locator("#root").textContent()).toMatch(text);
  });

  // A page wider than a phone's screen is laid out zoomed out by a phone's browser until a script narrows it: the
  // trade chart's event buttons, placed for the 640 px drawing, once did that on / and /embed/trade/.
  it.each(PAGES.filter((page) => page.lang === "en").map((page) => pagePath(page)))(
    "/%s as prerendered fits a 375 px phone: nothing scrolls it sideways",
    async (path) => {
      const { page } = await open(path, { javaScript: false, width: 375, height: 740 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    },
  );

  // A page paints from its markup and style sheets: its scripts and data files are fetched once it has painted
  // (src/app/boot.ts), so on a slow connection they do not hold back its style sheets, nor its code its first paint.
  it.each(PAGES.filter((page) => page.lang === "en").map((page) => pagePath(page) || "/"))(
    "%s fetches nothing but its style sheets and its entry script before its first frame",
    async (path) => {
      const recordEarlyFiles = () => {
        const w = window as unknown as { __early?: string[] };
        const early = () => (w.__early ??= performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname));
        // Parsed and its deferred scripts run, the page has not yet had a frame.
        document.addEventListener("DOMContentLoaded", early, { once: true });
      };
      const { page } = await open(path === "/" ? "" : path, { initScript: recordEarlyFiles });
      const early = await page.evaluate(() => (window as unknown as { __early: string[] }).__early);
      const scripts = early.filter((file) => file.endsWith(".js"));
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatch(/\/assets\/boot-[\w-]+\.js$/);
      expect(early.filter((file) => file.endsWith(".json"))).toEqual([]);
      expect(early.filter((file) => file.endsWith(".css")).length).toBeGreaterThan(0);
      // Then the app starts and hydrates the page.
      expect(await page.locator("body").getAttribute("data-hydrated")).toBe("");
    },
  );

  it.each(PAGES.map((page) => [pagePath(page), page] as const))(
    "/%s is served with its markup, its styles and its files named, and no inline script but the theme's",
    async (path, spec) => {
      const html = await (await fetch(new URL(path, baseUrl))).text();
      const root = html.slice(html.indexOf('<div id="root">'));
      expect(root.length).toBeGreaterThan(300);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      expect(inline).toEqual([THEME_SCRIPT]);
      expect(html).toMatch(/<link rel="stylesheet"[^>]+href="[^"]+\.css"/);
      const preloaded = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"/g)].map((m) => m[1]!.replace(/^.*\/data\//, ""));
      expect(preloaded).toHaveLength(spec.datasets.length);
      expect(html).toContain(`data-datasets="${spec.datasets.join(" ")}"`);
      expect(html).toMatch(/data-rendered-at="\d{13}"/);
    },
  );
});

describe.skipIf(!inject("browser"))("hydration", () => {
  // The default language's pages at a desktop and a phone width; the other languages' at the phone's, where their
  // longer words are tightest (the same pages, prerendered in another language).
  const SIZES = { desktop: [1280, 800], phone: [375, 740] } as const;
  const CASES = PAGES.flatMap((spec) =>
    (spec.lang === "en" ? (["desktop", "phone"] as const) : (["phone"] as const)).map(
      (size) => [pagePath(spec) || "/", size, spec] as const,
    ),
  );

  it.each(CASES)("%s hydrates on a %s without a mismatch or any console error", async (_, size, spec) => {
    const [width, height] = SIZES[size];
    const { page, problems } = await open(pagePath(spec), { width, height });
    expect(await page.locator("body").getAttribute("data-hydrated")).toBe("");
    expect(problems).toEqual(spec.kind === "notfound" ? problems : CLEAN);
  });

  // Assistive technology reads a page by its outline: a rank skipped (an h3 under an h1) reads as a part left out.
  it.each(PAGES.filter((page) => page.lang === "en").map((page) => [pagePath(page) || "/", page] as const))(
    "%s, hydrated, outlines its headings from an h1 without skipping a rank",
    async (_, spec) => {
      const { page } = await open(pagePath(spec));
      if (spec.kind === "dashboard") await untilAllViewsHydrated(page);
      const ranks = await page.evaluate(() =>
        [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => `${h.tagName} ${h.textContent!.slice(0, 40)}`),
      );
      expect(ranks[0]).toMatch(/^H1 /);
      const skips = ranks.filter((heading, i) => i > 0 && Number(heading[1]) > Number(ranks[i - 1]![1]) + 1);
      expect(skips, ranks.join("\n")).toEqual([]);
    },
  );

  it.each(CASES)("%s does not move as it hydrates on a %s: its layout shift stays under 0.01", async (_, size, spec) => {
    const [width, height] = SIZES[size];
    const { page } = await open(pagePath(spec), { width, height, initScript: recordVitals });
    // On the dashboard, each view below the fold hydrates as the reader scrolls to it: it must not move either.
    if (spec.kind === "dashboard") await untilAllViewsHydrated(page);
    // Two frames after the last hydration, whatever the measured charts redrew has been laid out.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const { cls, shifts } = await readVitals(page);
    expect(cls, JSON.stringify(shifts)).toBeLessThan(0.01);
  });

  it("on the dashboard, a view below the fold keeps its prerendered drawing, and loads and hydrates as the reader nears it", async () => {
    const { page, problems, requests } = await open("", { width: 1280, height: 800 });
    const fetched = (file: string) => requests.some((url) => url.endsWith(`/data/${file}`));
    expect(await page.locator('section[data-view="trade"]').getAttribute("data-hydrated")).toBe("");
    expect(await page.locator('section[data-view="map"]').getAttribute("data-hydrated")).toBeNull();
    expect([fetched("en/places.json"), fetched("geo/region.topo.json")]).toEqual([false, false]);
    // Drawn all the same.
    expect(await page.locator('[data-view="map"] .map-country').count()).toBeGreaterThan(10);
    await untilViewHydrated(page, "map");
    expect([fetched("en/places.json"), fetched("geo/region.topo.json")]).toEqual([true, true]);
    // Hydrated, it answers: a place opens its details.
    const map = page.locator('[data-view="map"]');
    const layer = map.locator(".map-canvas__svg > g").first();
    await map.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => layer.getAttribute("transform")).toMatch(/scale\(1\.[1-9]/);
    expect(problems).toEqual(CLEAN);
  });

  it("applies state from the address that differs from the default without moving the page", async () => {
    const { page, problems } = await open("embed/trade/?year=2013&scale=log", { width: 1280, height: 800 });
    expect(await page.locator('[data-view="trade"]').textContent()).toMatch(/2013/);
    expect(await page.getByRole("button", { name: "Log", exact: true }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(problems).toEqual(CLEAN);
  });
});
