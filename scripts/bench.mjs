#!/usr/bin/env node
// Builds the site, loads every route in real Chromium from a plain static server, and prints the gzip
// bytes of the JS, CSS and data each route loads, against the budgets in DESIGN.md. Then it loads each route on a
// phone-sized screen with the CPU slowed four times, beside a plain React + d3 line-chart page built the same way,
// and prints the largest contentful paint, total blocking time and layout shift of each (medians of a few rounds),
// as ratios to the plain page's: as a reader's browser has them, and the TBT as Lighthouse's DevTools session has
// it. Last, it times a hover on the trade chart drawing 10,000 points, beside the plain page drawing the same points
// (DESIGN.md: within one frame, 16 ms, at p95).
// Not a test: the figures go in the notes. Exits 1 only if a build or the browser fails.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { tsImport } from "tsx/esm/api";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { measureHover, percentiles } from "./bench/interaction.mjs";
import { launchBare, loadBare } from "./bench/bareLoad.mjs";
import { CPU_SLOWDOWN, loadOnce, median, PHONE } from "./bench/pageLoad.mjs";
import { BENCH_YEARS, generateTradeFile } from "./bench/tradeData.mjs";
import { serveStatic } from "./staticServer.mjs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const { PAGES, pagePath } = await tsImport("./pages.ts", import.meta.url);

/**
 * JS+CSS gzip budgets at load, before any scrolling, in bytes (DESIGN.md, "Quality bars"): the dashboard's, the
 * classroom pages' (the presentation, its speaker view and the handout), and every other page's, an embed's.
 */
const BUDGET = { dashboard: 150 * 1024, classroom: 130 * 1024, embed: 110 * 1024 };
const budgetOf = (kind) =>
  kind === "dashboard" ? BUDGET.dashboard : ["present", "speaker", "handout"].includes(kind) ? BUDGET.classroom : BUDGET.embed;
/** Every page in the registry, with its budget. */
// The default language's pages: the others are the same pages, prerendered in another language.
const ROUTES = PAGES.filter((page) => page.lang === "en").map((page) => ({ path: pagePath(page), budget: budgetOf(page.kind) }));
/** Page loads per route for the vitals, whose medians are printed: the machine is noisy. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const OUT_DIR = ".bench/dist";
/** The plain React + d3 reference page, built only here, never into dist/. */
const PLAIN_DIR = ".bench/plain";
/** The frame budget for a hover (DESIGN.md, "Interaction"). */
const FRAME_MS = 16;
const HOVER_MOVES = 200;
// The same Chromium, with the same closed-network flags, as the end-to-end tests.
const { CHROME_PATH: CHROME, CHROME_ARGS } = await tsImport("../tests/e2e/chromium.ts", import.meta.url);
const { recordVitals, readVitals } = await tsImport("../tests/e2e/vitals.ts", import.meta.url);
const { inLanguage } = await tsImport("../src/data/inLanguage.ts", import.meta.url);

if (!existsSync(CHROME)) {
  console.error(`No Chromium at ${CHROME}: apt-get install -y chromium (or set CHROME_PATH).`);
  process.exit(1);
}
execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], {
  stdio: "inherit",
  env: { ...process.env, OUT_DIR },
});

await build({
  configFile: false,
  root: resolve("scripts/bench/plain"),
  base: "./",
  logLevel: "warn",
  plugins: [react()],
  build: { outDir: resolve(PLAIN_DIR), emptyOutDir: true },
});
// The plain page's data, beside it, as the site's is beside its pages.
mkdirSync(`${PLAIN_DIR}/data`, { recursive: true });
copyFileSync("data/trade.json", `${PLAIN_DIR}/data/trade.json`);

const server = await serveStatic({ dir: OUT_DIR });
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const rows = [];
for (const route of ROUTES) {
  // Without the service worker, whose download of the whole site for offline use follows the load (printed apart).
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const bytes = { js: 0, css: 0, data: 0, html: 0 };
  const pending = [];
  page.on("response", (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const gz = gzipSync(body, { level: 9 }).length;
          if (new URL(response.url()).pathname.includes("/data/")) bytes.data += gz;
          else if (type === "script") bytes.js += gz;
          else if (type === "stylesheet") bytes.css += gz;
          else if (type === "document") bytes.html += gz;
        },
        () => {},
      ),
    );
  });
  await page.goto(new URL(route.path, server.url).href, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await context.close();
  const jsCss = bytes.js + bytes.css;
  rows.push({ route: `/${route.path}`, ...bytes, jsCss, budget: route.budget, ok: jsCss <= route.budget });
}

// Vitals: every route and the plain page in turn, round after round, so a slow spell of the machine falls on all.
// Each is loaded twice: as a reader's browser has it (bareLoad.mjs), and through Playwright, whose DevTools
// Runtime domain (as Lighthouse's) makes V8 re-parse the code that makes an Error: that load's TBT is printed beside.
const plainServer = await serveStatic({ dir: PLAIN_DIR });
const loads = [
  ...ROUTES.map((r) => ({ label: `/${r.path}`, url: new URL(r.path, server.url).href })),
  { label: "plain React + d3", url: plainServer.url },
];
const runs = new Map(loads.map((l) => [l.label, { bare: [], devtools: [] }]));
const bareBrowser = await launchBare(CHROME, CHROME_ARGS);
for (let round = 0; round < ROUNDS; round++) {
  for (const load of loads) {
    runs.get(load.label).bare.push(await loadBare(bareBrowser, load.url, { recordVitals, readVitals }));
    runs.get(load.label).devtools.push(await loadOnce(browser, load.url, { recordVitals, readVitals }));
  }
}
await bareBrowser.close();
await browser.close();
const vitalsOf = (label) => {
  const { bare, devtools } = runs.get(label);
  return {
    lcp: median(bare.map((v) => v.lcp)),
    tbt: median(bare.map((v) => v.tbt)),
    tbtDevtools: median(devtools.map((v) => v.tbt)),
    cls: Math.max(...bare.map((v) => v.cls), ...devtools.map((v) => v.cls)),
    lcpElement: bare.at(-1).lcpElement,
  };
};
const plainVitals = vitalsOf("plain React + d3");

// Hover: latency to the next painted frame, and the work in it (see scripts/bench/interaction.mjs).
const tradeFile = generateTradeFile(JSON.parse(readFileSync("data/trade.json", "utf-8")));
const pointCount = tradeFile.series.reduce((n, s) => n + s.points.length, 0);
const hoverBrowser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
/** Opens a page at 1280×900 whose data/trade.json is the generated file. */
async function openWithData(url) {
  const context = await hoverBrowser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // The plain page reads the whole file; the site's pages read it in their language (src/data/languageFiles.ts).
  await page.route("**/data/trade.json", (route) => route.fulfill({ json: tradeFile }));
  await page.route("**/data/en/trade.json", (route) => route.fulfill({ json: inLanguage(tradeFile, "en") }));
  await page.goto(url, { waitUntil: "networkidle" });
  return page;
}
// The trade view as a reader meets it, with both reporters' series shown.
const tradePage = await openWithData(new URL("embed/trade/?reporter=both", server.url).href);
await tradePage.locator('[data-view="trade"] .summary').waitFor();
// The prerendered page shows the real data until it hydrates with the generated file.
await tradePage
  .waitForFunction((count) => document.querySelectorAll(".trade-chart__point").length === count, pointCount, { timeout: 60_000 })
  .catch(() => undefined);
const drawnPoints = await tradePage.locator(".trade-chart__point").count();
if (drawnPoints !== pointCount || (await tradePage.locator('[data-view="trade"] [role="alert"]').count()) > 0) {
  throw new Error(`The trade chart drew ${drawnPoints} of the ${pointCount} generated points.`);
}
const plainPage = await openWithData(plainServer.url);
await plainPage.locator(".plain-overlay").waitFor();
for (const page of [tradePage, plainPage]) {
  // Let the chart's entry transitions finish before timing.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}
const hover = await measureHover(
  { trade: { page: tradePage, selector: ".trade-chart__overlay" }, plain: { page: plainPage, selector: ".plain-overlay" } },
  { moves: HOVER_MOVES, stops: BENCH_YEARS.to - BENCH_YEARS.from + 1 },
);
await hoverBrowser.close();
await plainServer.close();
await server.close();

console.log("\nGzip bytes loaded per route (KB)\n");
console.log(
  `${"route".padEnd(20)}${"html".padStart(7)}${"js".padStart(8)}${"css".padStart(8)}${"data".padStart(8)}${"js+css".padStart(8)}${"budget".padStart(8)}`,
);
for (const r of rows) {
  console.log(
    `${r.route.padEnd(20)}${kb(r.html)} ${kb(r.js)} ${kb(r.css)} ${kb(r.data)} ${kb(r.jsCss)} ${kb(r.budget)}  ${r.ok ? "ok" : "OVER BUDGET"}`,
  );
}

// What the service worker saves for offline use once a page has loaded (not counted above): its precache list.
const precached = [...readFileSync(`${OUT_DIR}/sw.js`, "utf-8").matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
const precachedBytes = precached.reduce((sum, url) => sum + gzipSync(readFileSync(`${OUT_DIR}/${url}`), { level: 9 }).length, 0);
console.log(
  `\nSaved for offline use after the load, by the service worker: ${precached.length} files, ${kb(precachedBytes).trim()} KB gzip`,
);

const ratio = (value, reference) => (reference > 0 && Number.isFinite(value) ? `×${(value / reference).toFixed(2)}` : "").padStart(7);
const whole = (n) => (Number.isFinite(n) ? Math.round(n).toString() : "–").padStart(7);
console.log(
  `\nLoading on a ${PHONE.viewport.width}×${PHONE.viewport.height} screen, CPU slowed ${CPU_SLOWDOWN}×, no network delay: medians of ${ROUNDS} loads (CLS: the worst)`,
);
console.log(
  "LCP: largest contentful paint; TBT: total blocking time after the first paint; both in ms, and as ratios to the plain page's.",
);
console.log(
  "Both as a reader's browser has them; \"TBT dt\": the TBT with DevTools' Runtime domain on, as Playwright and Lighthouse load a page\n",
);
console.log(
  `${"route".padEnd(24)}${"LCP".padStart(7)}${"".padStart(7)}${"TBT".padStart(7)}${"".padStart(7)}${"TBT dt".padStart(8)}${"CLS".padStart(8)}  largest paint`,
);
for (const load of loads) {
  const v = vitalsOf(load.label);
  console.log(
    `${load.label.padEnd(24)}${whole(v.lcp)}${ratio(v.lcp, plainVitals.lcp)}${whole(v.tbt)}${ratio(v.tbt, plainVitals.tbt)}${whole(v.tbtDevtools).padStart(8)}${v.cls.toFixed(4).padStart(8)}  ${v.lcpElement}`,
  );
}

const ms = (n) => n.toFixed(1).padStart(8);
const hoverRow = (label, times) => {
  const latency = percentiles(times.map((t) => t.latency));
  const cost = percentiles(times.map((t) => t.cost));
  const verdict = cost.p95 <= FRAME_MS ? "meets" : "misses";
  console.log(`${label.padEnd(44)}${ms(latency.median)}${ms(latency.p95)}${ms(cost.median)}${ms(cost.p95)}  ${verdict}`);
};
console.log(`\nPointer move → next painted frame, ${pointCount.toLocaleString("en")} points, ${HOVER_MOVES} moves across the chart (ms)`);
console.log("latency: from the move to the end of the painted frame; beyond clock: less the wait for the next 60 Hz frame\n");
console.log(`${"page".padEnd(44)}${"latency".padStart(16)}${"beyond clock".padStart(16)}`);
console.log(
  `${"".padEnd(44)}${"median".padStart(8)}${"p95".padStart(8)}${"median".padStart(8)}${"p95".padStart(8)}  ${FRAME_MS} ms at p95`,
);
hoverRow("trade chart (/embed/trade/?reporter=both)", hover.trade);
hoverRow("plain React + d3 page", hover.plain);
