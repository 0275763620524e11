#!/usr/bin/env node
// Builds the site, loads every route in real Chromium from a plain static server, and prints the gzip
// bytes of the JS, CSS and data each route loads, against the budgets in DESIGN.md. Then it times a hover on the
// trade chart drawing 10,000 points, beside a plain React + d3 page drawing the same points (DESIGN.md: within
// one frame, 16 ms, at p95).
// Not a test: the figures go in the notes. Exits 1 only if a build or the browser fails.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { tsImport } from "tsx/esm/api";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { measureHover, percentiles } from "./bench/interaction.mjs";
import { BENCH_YEARS, generateTradeFile } from "./bench/tradeData.mjs";
import { serveStatic } from "./staticServer.mjs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const { PAGES, pagePath } = await tsImport("./pages.ts", import.meta.url);

/** JS+CSS gzip budgets, in bytes (DESIGN.md, "Quality bars"). */
const BUDGET = { dashboard: 170 * 1024, embed: 110 * 1024 };
/** Every page in the registry; the dashboard has its own budget, every other page an embed's. */
const ROUTES = PAGES.map((page) => ({ path: pagePath(page), budget: page.kind === "dashboard" ? BUDGET.dashboard : BUDGET.embed }));
const OUT_DIR = ".bench/dist";
/** The plain React + d3 reference page, built only here, never into dist/. */
const PLAIN_DIR = ".bench/plain";
/** The frame budget for a hover (DESIGN.md, "Interaction"). */
const FRAME_MS = 16;
const HOVER_MOVES = 200;
// The same Chromium, with the same closed-network flags, as the end-to-end tests.
const { CHROME_PATH: CHROME, CHROME_ARGS } = await tsImport("../tests/e2e/chromium.ts", import.meta.url);

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

const server = await serveStatic({ dir: OUT_DIR });
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const rows = [];
for (const route of ROUTES) {
  const page = await browser.newPage();
  const bytes = { js: 0, css: 0, data: 0, html: 0 };
  const pending = [];
  page.on("response", (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const gz = gzipSync(body, { level: 9 }).length;
          if (type === "script") bytes.js += gz;
          else if (type === "stylesheet") bytes.css += gz;
          else if (type === "fetch" || type === "xhr") bytes.data += gz;
          else if (type === "document") bytes.html += gz;
        },
        () => {},
      ),
    );
  });
  await page.goto(new URL(route.path, server.url).href, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await page.close();
  const jsCss = bytes.js + bytes.css;
  rows.push({ route: `/${route.path}`, ...bytes, jsCss, budget: route.budget, ok: jsCss <= route.budget });
}
await browser.close();

// Hover: latency to the next painted frame, and the work in it (see scripts/bench/interaction.mjs).
const tradeFile = generateTradeFile(JSON.parse(readFileSync("data/trade.json", "utf-8")));
const pointCount = tradeFile.series.reduce((n, s) => n + s.points.length, 0);
const plainServer = await serveStatic({ dir: PLAIN_DIR });
const hoverBrowser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
/** Opens a page at 1280×900 whose data/trade.json is the generated file. */
async function openWithData(url) {
  const context = await hoverBrowser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route("**/data/trade.json", (route) => route.fulfill({ json: tradeFile }));
  await page.goto(url, { waitUntil: "networkidle" });
  return page;
}
// The trade view as a reader meets it, with both reporters' series shown.
const tradePage = await openWithData(new URL("embed/trade/?reporter=both", server.url).href);
await tradePage.locator('[data-view="trade"] .summary').waitFor();
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
