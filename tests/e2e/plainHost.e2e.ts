import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, watchPage } from "./browser";

const hasPython = spawnSync("python3", ["--version"]).status === 0;
// A port of our own per run (python's http.server cannot report one it picked).
const PORT = 20_000 + (process.pid % 20_000);

// The most literal static host there is: `python3 -m http.server`, serving dist/ copied under /ledger/.
describe.skipIf(!inject("browser") || !hasPython)("python3 -m http.server", () => {
  let browser: Browser;
  let server: ChildProcess;
  const root = `${inject("outDir")}/../python-root`;
  beforeAll(async () => {
    mkdirSync(root, { recursive: true });
    cpSync(inject("outDir"), `${root}/ledger`, { recursive: true });
    server = spawn("python3", ["-m", "http.server", String(PORT), "--bind", "127.0.0.1", "--directory", root], { stdio: "ignore" });
    for (let i = 0; i < 50; i++) {
      const ok = await fetch(`http://127.0.0.1:${PORT}/ledger/`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it.each(["", "embed/trade", "embed/map", "present"])("serves /ledger/%s with no rewrite rules", async (path) => {
    const page = await browser.newPage();
    const problems = watchPage(page, `http://127.0.0.1:${PORT}`);
    const response = await page.goto(`http://127.0.0.1:${PORT}/ledger/${path}`, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(200);
    await page.locator("h1").first().waitFor();
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });
});
