#!/usr/bin/env node
// Builds the site, loads every route in real Chromium from a plain static server, and prints the gzip
// bytes of the JS, CSS and data each route loads, against the budgets in DESIGN.md.
// Not a test: the figures go in the notes. Exits 1 only if the build or the browser fails.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { tsImport } from "tsx/esm/api";
import { serveStatic } from "./staticServer.mjs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const { PAGES, pagePath } = await tsImport("./pages.ts", import.meta.url);

/** JS+CSS gzip budgets, in bytes (DESIGN.md, "Quality bars"). */
const BUDGET = { dashboard: 170 * 1024, embed: 110 * 1024 };
/** Every page in the registry; the dashboard has its own budget, every other page an embed's. */
const ROUTES = PAGES.map((page) => ({ path: pagePath(page), budget: page.kind === "dashboard" ? BUDGET.dashboard : BUDGET.embed }));
const OUT_DIR = ".bench/dist";
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";

if (!existsSync(CHROME)) {
  console.error(`No Chromium at ${CHROME}: apt-get install -y chromium (or set CHROME_PATH).`);
  process.exit(1);
}
execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], {
  stdio: "inherit",
  env: { ...process.env, OUT_DIR },
});

const server = await serveStatic({ dir: OUT_DIR });
const browser = await chromium.launch({
  executablePath: CHROME,
  args: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
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
