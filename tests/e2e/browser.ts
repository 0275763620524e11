import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type ConsoleMessage, type Page, type Request } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH } from "./chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  /** Requests to any origin but the site's own. */
  foreignRequests: string[];
}

/** Records what a page does wrong: console errors, uncaught exceptions, failed and cross-origin requests. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error") problems.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e: Error) => problems.consoleErrors.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r: Request) => problems.failedRequests.push(`${r.url()} (${r.failure()?.errorText ?? "failed"})`));
  page.on("request", (r: Request) => {
    const url = new URL(r.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) problems.foreignRequests.push(r.url());
  });
  return problems;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core (WCAG 2.x A and AA rules) in the page; returns "rule: target" for each violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  });
  return violations;
}
