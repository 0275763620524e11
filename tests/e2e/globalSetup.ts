import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
// @ts-expect-error: a plain .mjs script without type declarations
import { serveStatic } from "../../scripts/staticServer.mjs";
import { CHROME_PATH, chromiumAvailable } from "./chromium";

/** The sub-path the end-to-end build is deployed under, to prove the base path works. */
export const E2E_BASE = "/ledger/";
/** The public address the build is told it will have (SITE_URL), for its oEmbed files; nothing is served there. */
export const E2E_SITE_URL = `https://ledger.example${E2E_BASE}`;
// Per run, so two runs on one machine do not delete each other's build.
const RUN_DIR = `.e2e/run-${process.pid}`;
const OUT_DIR = `${RUN_DIR}/dist`;

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    outDir: string;
    browser: boolean;
  }
}

export default async function setup(project: TestProject) {
  const browser = chromiumAvailable();
  if (!browser) {
    const banner = [
      "",
      "!".repeat(78),
      `!! No Chromium at ${CHROME_PATH}: the browser tests are SKIPPED.`,
      "!! Install it with:  apt-get install -y chromium   (or set CHROME_PATH)",
      "!".repeat(78),
      "",
    ].join("\n");
    if (process.env.CI === "true") throw new Error(`${banner}\nCI=true: a missing browser is a failure.`);
    console.warn(banner);
  }
  execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], {
    stdio: "inherit",
    env: { ...process.env, BASE_PATH: E2E_BASE, OUT_DIR, SITE_URL: E2E_SITE_URL },
  });
  const server = await serveStatic({ dir: OUT_DIR, base: E2E_BASE });
  project.provide("baseUrl", server.url);
  project.provide("outDir", OUT_DIR);
  project.provide("browser", browser);
  return async () => {
    await server.close();
    rmSync(RUN_DIR, { recursive: true, force: true });
    // Said again at the end, where a reader of the log looks for the verdict.
    if (!browser) console.warn(`\n!! The browser tests were SKIPPED: no Chromium at ${CHROME_PATH} (apt-get install -y chromium).\n`);
  };
}
