// What a reader feels as a page loads: largest contentful paint, total blocking time and layout shift, read from
// the browser's own performance entries (tests/e2e/vitals.ts) on a phone-sized screen with the CPU slowed down.

/** A mid-range phone, as Lighthouse's mobile profile has it: its screen, and a CPU four times slower than this one. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
export const CPU_SLOWDOWN = 4;
/** The page has settled when no long task has run and nothing larger has painted for this long. */
const QUIET_MS = 1500;
const SETTLE_LIMIT_MS = 20000;

/**
 * Loads `url` once in a fresh context of Playwright's `browser` and returns its vitals. The recorder is added as an
 * init script, so it sees the page from its first moment. Playwright switches DevTools' Runtime domain on, as
 * Lighthouse does, which lengthens the page's first script (bareLoad.mjs loads a page without it).
 */
export async function loadOnce(browser, url, { recordVitals, readVitals }) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: "block" });
  await context.addInitScript(recordVitals);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.goto(url, { waitUntil: "networkidle" });
  await settle((fn) => page.evaluate(fn));
  const vitals = await readVitals(page);
  await context.close();
  return vitals;
}

/**
 * Waits until the page has settled: the count of its long tasks and largest paints, read through `evaluate` (a
 * function run in the page), has not changed for QUIET_MS, or SETTLE_LIMIT_MS have passed.
 */
export async function settle(evaluate) {
  const started = Date.now();
  let last = "";
  let since = Date.now();
  while (Date.now() - started < SETTLE_LIMIT_MS) {
    const now = await evaluate(() =>
      window.__vitals.entries.filter((e) => e.entryType === "longtask" || e.entryType === "largest-contentful-paint").length.toString(),
    );
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Date.now() - since >= QUIET_MS) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
