import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page, type Request, type Response } from "playwright-core";
import { afterAll, inject, onTestFinished } from "vitest";
import { CHROME_ARGS, CHROME_PATH } from "./chromium";

function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}

// One Chromium per test file (each file loads this module afresh), started by the first page it opens
// and closed when the file's tests are done.
let browser: Promise<Browser> | undefined;
afterAll(async () => {
  await (await browser)?.close();
});

export interface OpenPageOptions {
  /** The viewport; 1280 × 900 unless given. */
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
  reducedMotion?: "reduce" | "no-preference";
  /** A touch screen, for phone-sized tests that tap. */
  touch?: boolean;
  acceptDownloads?: boolean;
  /** Runs in every document of the page before the site's own scripts. */
  initScript?: () => void;
  /** Installs Playwright's fake clock before the page loads (time flows until the test pauses or runs it). */
  clock?: boolean;
  /** Runs before the page is loaded: to route requests, say. */
  before?: (page: Page) => Promise<unknown>;
  /** A selector to wait for once the page has loaded. */
  waitFor?: string;
  /** The site's address; the end-to-end build's unless given. */
  baseUrl?: string;
  /** Lets the site register its service worker, which precaches the whole site; blocked unless a test is about it. */
  serviceWorkers?: "allow" | "block";
  /**
   * What `goto` waits for: the network idle for half a second unless given. A page that embeds frames of
   * another site waits on "load" and then on the state it needs, since its frames may keep the network busy.
   */
  waitUntil?: "load" | "networkidle";
  /**
   * Waits until the prerendered page has hydrated, and with it every view that has not failed (`data-hydrated`),
   * so the test's clicks and keys reach a page that answers them. True unless given.
   */
  hydrated?: boolean;
  /** Runs the page's scripts; false reads it as a reader (or a link preview) without JavaScript does. True unless given. */
  javaScript?: boolean;
  /** The browser's language (navigator.languages and Accept-Language), e.g. "ru-RU"; Chromium's own unless given. */
  locale?: string;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  /** Every URL the page requested. */
  requests: string[];
  response: Response | null;
  /** Closes the page's context now; it is closed when the test finishes anyway, passed or failed. */
  close: () => Promise<void>;
}

/**
 * Opens `path` (relative to the site's base URL) in a fresh browser context and waits until the network
 * is idle. The context is closed when the test finishes, whether its assertions passed or not.
 */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const base = options.baseUrl ?? inject("baseUrl");
  browser ??= launchBrowser();
  const context = await (
    await browser
  ).newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? "light",
    hasTouch: options.touch ?? false,
    ...(options.reducedMotion && { reducedMotion: options.reducedMotion }),
    ...(options.acceptDownloads && { acceptDownloads: true }),
    serviceWorkers: options.serviceWorkers ?? "block",
    javaScriptEnabled: options.javaScript ?? true,
    ...(options.locale && { locale: options.locale }),
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close();
  };
  onTestFinished(close);
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  if (options.clock) await page.clock.install({ time: CLOCK_START });
  const problems = watchPage(page, new URL(base).origin);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await options.before?.(page);
  const response = await page.goto(new URL(path, base).href, { waitUntil: options.waitUntil ?? "networkidle" });
  if ((options.hydrated ?? true) && (options.javaScript ?? true)) await untilHydrated(page);
  if (options.waitFor) await page.locator(options.waitFor).first().waitFor();
  return { page, context, problems, requests, response, close };
}

/**
 * Waits until one of the site's pages has hydrated, with every view on it within a screen of the viewport (the
 * dashboard hydrates the others as the reader nears them) that has not failed (a view that failed shows an alert).
 * A page that is not the site's (a host page with frames) is not waited on.
 */
export async function untilHydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      if (!document.body.hasAttribute("data-page")) return true;
      const near = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.top < 2 * innerHeight && box.bottom > -innerHeight;
      };
      return (
        document.body.hasAttribute("data-hydrated") &&
        [...document.querySelectorAll("[data-view]")].every(
          (view) => view.hasAttribute("data-hydrated") || view.querySelector('[role="alert"]') || !near(view),
        )
      );
    },
    undefined,
    { polling: 50 },
  );
}

/** Scrolls through the dashboard as a reader would, until every view has hydrated, and back to the top. */
export async function untilAllViewsHydrated(page: Page): Promise<void> {
  for (const view of await page.locator("section[data-view]").evaluateAll((els) => els.map((el) => el.getAttribute("data-view")!)))
    await untilViewHydrated(page, view);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Brings a view of the dashboard into view and waits until it has hydrated, as a reader scrolling to it would. */
export async function untilViewHydrated(page: Page, view: string): Promise<void> {
  const section = page.locator(`section[data-view="${view}"]`).first();
  await section.scrollIntoViewIfNeeded();
  await page.locator(`section[data-view="${view}"][data-hydrated]`).first().waitFor({ state: "attached" });
}

/** Where the fake clock starts: a fixed date, so runs do not depend on the day. */
const CLOCK_START = new Date("2026-01-15T09:00:00Z");

/** A query parameter of the page's current address. */
export const searchParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

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
  page.on("requestfailed", (r: Request) => {
    const reason = r.failure()?.errorText ?? "failed";
    // A reload cancels the browser's own favicon fetch: the page did not fail, the navigation moved on.
    if (reason === "net::ERR_ABORTED" && new URL(r.url()).pathname.endsWith("/favicon.svg")) return;
    problems.failedRequests.push(`${r.url()} (${reason})`);
  });
  page.on("request", (r: Request) => {
    const url = new URL(r.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) problems.foreignRequests.push(r.url());
  });
  return problems;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core (WCAG 2.x A and AA rules) in the page; returns "rule: target" for each violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test browser itself, not as a <script> in the page, which the site's content security
  // policy would (rightly) refuse.
  await page.evaluate(AXE_SOURCE);
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
