import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { axeViolations, openPage, searchParam, untilViewHydrated } from "./browser";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box, tolerance = 0.5) =>
  a.x + a.width - tolerance > b.x &&
  b.x + b.width - tolerance > a.x &&
  a.y + a.height - tolerance > b.y &&
  b.y + b.height - tolerance > a.y;

describe.skipIf(!inject("browser"))("the timeline view in Chromium", () => {
  const open = async (path: string, { width = 1280, colorScheme = "light" as "light" | "dark" } = {}) => {
    const opened = await openPage(path, { width, touch: width < 600, colorScheme });
    // On the dashboard the view hydrates as the reader nears it.
    await untilViewHydrated(opened.page, "timeline");
    await opened.page.locator('[data-view="timeline"] .timeline__stage :is([data-event-id], .timeline-list__era-head)').first().waitFor();
    return opened;
  };

  const focusedEvent = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);

  /** Tabs from the top of the page until focus reaches the timeline's one Tab stop. */
  async function tabIntoTimeline(page: Page) {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (await focusedEvent(page)) return;
    }
    throw new Error("Tab never reached an event of the timeline");
  }

  it("selects an event by keyboard on /embed/timeline: ← →, Escape, Enter, and the URL keeps it", async () => {
    const { page, problems } = await open("embed/timeline/");
    expect(await page.locator(".timeline-chart__svg").count()).toBe(1);
    await tabIntoTimeline(page);
    await expect.poll(() => focusedEvent(page)).toBe("dostyk-alashankou-rail-opens");
    // The focus ring is visible on the marker that has focus.
    const ring = page.locator(".timeline-marker:focus-visible .timeline-marker__ring");
    expect(await ring.evaluate((el) => getComputedStyle(el).stroke)).not.toBe("none");

    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => searchParam(page, "event")).toBe("economic-committee-agreement");
    await expect.poll(() => searchParam(page, "year")).toBe("1992");
    const card = page.locator(".timeline-card");
    await expect
      .poll(() => card.getByRole("heading", { level: 2 }).textContent())
      .toBe("Committee for economic, trade and S&T cooperation agreed");
    await expect.poll(() => card.locator("time").textContent()).toBe("February 1992");
    await expect.poll(() => focusedEvent(page)).toBe("economic-committee-agreement");

    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => searchParam(page, "event")).toBe("diplomatic-relations");
    await expect.poll(() => card.textContent()).toContain("Partnership level 1 of 4: Diplomatic relations");

    await page.keyboard.press("Escape");
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => searchParam(page, "event")).toBeNull();
    await expect.poll(() => focusedEvent(page)).toBe("diplomatic-relations");
    await page.keyboard.press("Enter");
    await card.waitFor();
    await expect.poll(() => searchParam(page, "event")).toBe("diplomatic-relations");

    // The address opens on the same event.
    await page.reload({ waitUntil: "networkidle" });
    await expect(page.locator(".timeline-card").getByRole("heading", { level: 2 }).textContent()).resolves.toBe(
      "Diplomatic relations established",
    );
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it("opens a shared link on its event and marks its year", async () => {
    const { page } = await open("embed/timeline/?event=xi-state-visit-2013&year=2013");
    const card = page.locator(".timeline-card");
    await expect(card.getByRole("heading", { level: 2 }).textContent()).resolves.toBe("Xi Jinping's first state visit to Kazakhstan");
    await expect(card.locator("time").textContent()).resolves.toMatch(/^September 6\s–\s8, 2013$/);
    await expect(page.locator(".timeline-chart .chart-focus text").textContent()).resolves.toBe("2013");
    expect(await page.locator(".timeline-marker.is-selected").getAttribute("data-event-id")).toBe("xi-state-visit-2013");
  });

  it.each([1280, 760])("keeps every label clear of every other label and marker at %i px", async (width) => {
    const { page } = await open("embed/timeline/", { width });
    const boxes = await page.evaluate(() => {
      const box = (el: Element, kind: string) => {
        const r = el.getBoundingClientRect();
        return {
          kind,
          id: el.closest("[data-event-id]")?.getAttribute("data-event-id") ?? "",
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
        };
      };
      return [
        ...[...document.querySelectorAll(".timeline-marker__label, .timeline-step__label")].map((el) => box(el, "label")),
        ...[...document.querySelectorAll(".timeline-marker__shape, .timeline-step__dot")].map((el) => box(el, "marker")),
      ];
    });
    const labels = boxes.filter((b) => b.kind === "label");
    expect(labels.length).toBeGreaterThan(10);
    for (const a of labels)
      for (const b of boxes) {
        if (a === b || a.id === b.id) continue;
        expect(overlap(a, b), `${a.id} ${a.kind} / ${b.id} ${b.kind}`).toBe(false);
      }
    const markers = boxes.filter((b) => b.kind === "marker");
    for (const a of markers) for (const b of markers) if (a !== b) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  it("runs top to bottom at 375 px: rows in date order, none overlapping, big enough to tap", async () => {
    const { page, problems } = await open("embed/timeline/", { width: 375 });
    expect(await page.locator(".timeline-chart__svg").count()).toBe(0);
    const list = page.locator(".timeline-list");
    expect(await list.getAttribute("role")).toBe("group");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // Folded by era, one line each, in the page's flow: nothing scrolls inside it.
    const eras = page.locator(".timeline-list__era-head");
    expect(await eras.allTextContents()).toEqual([
      expect.stringMatching(/^1991–2004\s*Diplomatic relations\s*\d+ events$/),
      expect.stringMatching(/^2005–2010\s*Strategic partnership\s*\d+ events$/),
      expect.stringMatching(/^2011–2018\s*Comprehensive strategic partnership\s*\d+ events$/),
      expect.stringMatching(/^2019–\d{4}\s*Permanent comprehensive strategic partnership\s*\d+ events$/),
    ]);
    expect(await page.locator(".timeline-row:visible").count()).toBe(0);
    expect(await list.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    // From an era's heading, ↓ goes on into its first event.
    await eras.first().press("ArrowDown");
    await expect.poll(() => searchParam(page, "event")).toBe("dostyk-alashankou-rail-opens");
    await expect.poll(() => focusedEvent(page)).toBe("dostyk-alashankou-rail-opens");
    await page.keyboard.press("Escape");
    // A tap on each folded heading opens every era.
    const folded = page.locator("details:not([open]) > .timeline-list__era-head");
    for (let n = await folded.count(); n > 0; n = await folded.count()) await folded.first().tap();
    await expect.poll(() => page.locator(".timeline-row:visible").count()).toBe(89);

    const rows = await page.locator(".timeline-row").evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.getAttribute("data-event-id"), top: (el as HTMLElement).offsetTop, x: r.x, width: r.width, height: r.height };
      }),
    );
    expect(rows).toHaveLength(89);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.top, rows[i]!.id!).toBeGreaterThanOrEqual(rows[i - 1]!.top + rows[i - 1]!.height - 0.5);
    for (const row of rows) {
      expect(row.height).toBeGreaterThanOrEqual(44);
      expect(row.x + row.width).toBeLessThanOrEqual(375);
    }
    const years = await page.locator(".timeline-list__year-label").allTextContents();
    expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => a - b));
    // The ladder's rail widens at each rung: four stripes by the last one.
    expect(await page.locator(".timeline-list__today .timeline-rail__stripe--on").count()).toBe(4);

    // Keyboard: into the list, down two rows, the card opens under the row.
    await tabIntoTimeline(page);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => searchParam(page, "event")).toBe("economic-committee-agreement");
    const card = page.locator('[data-row="economic-committee-agreement"] .timeline-card');
    await card.waitFor();
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(375);

    // Touch: a tap opens another event.
    await page.locator('[data-event-id="kz-embassy-beijing"]').tap();
    await expect.poll(() => searchParam(page, "event")).toBe("kz-embassy-beijing");
    await expect
      .poll(() => page.locator(".timeline-card").getByRole("heading", { level: 2 }).textContent())
      .toBe("Kazakhstan opens its embassy in Beijing");
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it("follows its own width, not the window's: vertical where the view is narrow though the window is not", async () => {
    const wide = await open("?year=2013", { width: 1280 });
    const view = wide.page.locator('[data-view="timeline"]');
    expect(await view.locator(".timeline-chart__svg").count()).toBe(1);
    await expect(view.locator(".focus-year__note").textContent()).resolves.toMatch(/^Focus year 2013 — 6 events that year, marked\./);
    await wide.close();
    // A 640 px window: the dashboard's margins leave the view under 600 px, so it turns vertical.
    const narrow = await open("?year=2013", { width: 640 });
    const narrowView = narrow.page.locator('[data-view="timeline"]');
    expect(await narrowView.evaluate((el) => el.querySelector(".timeline__stage")!.getBoundingClientRect().width)).toBeLessThan(600);
    expect(await narrowView.locator(".timeline-list").count()).toBe(1);
    expect(await narrowView.locator('[data-year="2013"]').getAttribute("aria-current")).toBe("date");
    await narrow.close();
    const single = await open("embed/timeline/?year=2013", { width: 900 });
    expect(await single.page.locator(".timeline-chart__svg").count()).toBe(1);
    await single.close();
  });

  it("filters by category and keeps the filter in the URL", async () => {
    const { page } = await open("embed/timeline/");
    const before = await page.locator(".timeline-marker").count();
    await page.getByRole("button", { name: /^Project, \d+ events$/ }).click();
    await expect.poll(() => searchParam(page, "cats")).toBe("diplomacy,economy,people,summit,treaty,visit");
    await expect.poll(() => page.locator(".timeline-marker").count()).toBe(before - 37);
    // The ladder is never filtered out.
    expect(await page.locator(".timeline-step[data-event-id]").count()).toBe(4);
  });

  it("has no axe-core violations: chart with a card, list, phone, dark and projector themes", async () => {
    const cases: [string, number, "light" | "dark"][] = [
      ["embed/timeline/?event=permanent-csp&year=2019", 1280, "light"],
      ["embed/timeline/?event=xi-state-visit-2013", 1280, "dark"],
      ["embed/timeline/?event=xi-state-visit-2013&theme=contrast", 1280, "light"],
      ["embed/timeline/?event=kaskelen-pv&year=2020", 375, "light"],
      ["embed/timeline/?year=2013", 375, "dark"],
    ];
    for (const [path, width, colorScheme] of cases) {
      const { page, close } = await open(path, { width, colorScheme });
      expect(await axeViolations(page), `${path} at ${width} px, ${colorScheme}`).toEqual([]);
      await close();
    }
  });
});
