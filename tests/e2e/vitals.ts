import type { Page } from "playwright-core";

/** What a page's load felt like, read from the browser's own performance entries. */
export interface Vitals {
  /** First contentful paint, ms from navigation. */
  fcp: number;
  /** Largest contentful paint, ms from navigation, and what it painted. */
  lcp: number;
  lcpElement: string;
  /** Cumulative layout shift: the largest session window of shifts without recent input (as the browser's own metric). */
  cls: number;
  /** The shifts that make it up, each with the elements that moved: to find what shifted. */
  shifts: { value: number; at: number; sources: string[] }[];
  /** Total blocking time: each long task's time beyond 50 ms, from first contentful paint to the last long task. */
  tbt: number;
  longTasks: number;
}

/**
 * Records the page's paints, layout shifts and long tasks from its very first moment; added to a browser context
 * with `addInitScript` (as a function, so the page's content security policy does not apply to it).
 */
export function recordVitals(): void {
  const w = window as unknown as { __vitals: { entries: PerformanceEntry[] } };
  if (w.__vitals) return;
  const entries: PerformanceEntry[] = [];
  w.__vitals = { entries };
  for (const type of ["largest-contentful-paint", "layout-shift", "longtask", "paint"]) {
    try {
      new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type, buffered: true });
    } catch {
      // An entry type this browser does not have.
    }
  }
}

/** Reads the vitals recorded by `recordVitals` so far. */
export async function readVitals(page: Page): Promise<Vitals> {
  return page.evaluate(() => {
    interface Shift extends PerformanceEntry {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null }[];
    }
    interface Lcp extends PerformanceEntry {
      element: Element | null;
      renderTime: number;
      loadTime: number;
    }
    const { entries } = (window as unknown as { __vitals: { entries: PerformanceEntry[] } }).__vitals;
    const fcp = entries.find((e) => e.name === "first-contentful-paint")?.startTime ?? NaN;
    const lcps = entries.filter((e) => e.entryType === "largest-contentful-paint") as Lcp[];
    const last = lcps.at(-1);
    const shifts = (entries.filter((e) => e.entryType === "layout-shift") as Shift[]).filter((s) => !s.hadRecentInput);
    // Session windows: shifts less than 1 s apart, each window at most 5 s long; CLS is the largest window's sum.
    let cls = 0;
    let window_ = 0;
    let windowStart = -Infinity;
    let previous = -Infinity;
    for (const s of shifts) {
      if (s.startTime - previous > 1000 || s.startTime - windowStart > 5000) {
        window_ = 0;
        windowStart = s.startTime;
      }
      window_ += s.value;
      previous = s.startTime;
      cls = Math.max(cls, window_);
    }
    const longTasks = entries.filter((e) => e.entryType === "longtask");
    const tbt = longTasks.reduce((sum, t) => {
      const start = Math.max(t.startTime, fcp);
      const end = t.startTime + t.duration;
      return end - start > 50 ? sum + (end - start - 50) : sum;
    }, 0);
    // Every element named at once, by an anonymous function: the transform that runs this file wraps a function
    // bound to a name in a helper that is not sent to the page.
    const nodes = [last?.element ?? null, ...shifts.flatMap((s) => s.sources.map((x) => x.node))];
    const names = nodes.map((node) => {
      if (!node) return "(removed)";
      const el = node instanceof Element ? node : node.parentElement;
      if (!el) return node.nodeName;
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
      return `${el.localName}${cls}`;
    });
    let n = 1;
    return {
      fcp,
      lcp: last ? last.renderTime || last.loadTime || last.startTime : NaN,
      lcpElement: names[0] ?? "(none)",
      cls,
      shifts: shifts.map((s) => ({ value: s.value, at: Math.round(s.startTime), sources: s.sources.map(() => names[n++] ?? "(removed)") })),
      tbt,
      longTasks: longTasks.length,
    };
  });
}
