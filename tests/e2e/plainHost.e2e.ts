import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";

const hasPython = spawnSync("python3", ["--version"]).status === 0;
// A port of our own per run (python's http.server cannot report one it picked).
const PORT = 20_000 + (process.pid % 20_000);
const SITE = `http://127.0.0.1:${PORT}/ledger/`;

/** Asks for `url` until it answers 200; throws, naming the address, if it has not after `tries`. */
async function waitUntilServing(url: string, server: ChildProcess, tries = 100) {
  for (let i = 0; i < tries; i++) {
    if (server.exitCode !== null) throw new Error(`The server for ${url} exited with code ${server.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Nothing answered at ${url} after ${tries} tries, 100 ms apart`);
}

// The most literal static host there is: `python3 -m http.server`, serving dist/ copied under /ledger/.
describe.skipIf(!inject("browser") || !hasPython)("python3 -m http.server", () => {
  let server: ChildProcess;
  const root = `${inject("outDir")}/../python-root`;
  beforeAll(async () => {
    mkdirSync(root, { recursive: true });
    cpSync(inject("outDir"), `${root}/ledger`, { recursive: true });
    server = spawn("python3", ["-m", "http.server", String(PORT), "--bind", "127.0.0.1", "--directory", root], { stdio: "ignore" });
    await waitUntilServing(SITE, server);
  });
  afterAll(() => {
    server?.kill();
  });

  it.each(["", "embed/trade", "embed/map", "present"])("serves /ledger/%s with no rewrite rules", async (path) => {
    const { page, problems, response } = await openPage(path, { baseUrl: SITE });
    expect(response?.status()).toBe(200);
    await page.locator("h1").first().waitFor();
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });
});
