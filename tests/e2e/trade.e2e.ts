import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { TradeFile } from "../../src/data/schemas/trade";
import { axeViolations, openPage, searchParam } from "./browser";
import { download } from "./downloads";

const open = (path: string, width = 1280) => openPage(path, { width, touch: width < 600, waitFor: ".trade-chart__overlay" });
const FIRST = 1992;
const LAST = 2024;
const TRADE = JSON.parse(readFileSync(join(import.meta.dirname, "../../data/trade.json"), "utf8")) as TradeFile;
/** The wide table's column order: China's, then Kazakhstan's total, exports, imports. */
const WIDE_ORDER = ["cn-total", "cn-exports", "cn-imports", "kz-total", "kz-exports", "kz-imports"];
const MILLIONS = new Intl.NumberFormat("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** What the table shows for a series in a year: the value in millions, or that it was not reported. */
const shown = (id: string, year: number) => {
  const point = TRADE.series.find((s) => s.id === id)!.points.find((p) => p.year === year);
  return point ? MILLIONS.format(point.value) : "not reported";
};

/** Elements other than the page that scroll up and down: a box whose content is taller than itself and may be scrolled. */
const verticalScrollers = (root: Locator) =>
  root.evaluate((view) =>
    [view, ...view.querySelectorAll("*")]
      .filter((el) => {
        const { overflowY } = getComputedStyle(el);
        return (overflowY === "auto" || overflowY === "scroll") && el.scrollHeight > el.clientHeight;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; lines end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i += 1;
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe.skipIf(!inject("browser"))("the trade view in Chromium", () => {
  it("reports every year, in order, as the pointer sweeps across the chart", async () => {
    const { page, problems } = await open("embed/trade/");
    const box = (await page.locator(".trade-chart__overlay").boundingBox())!;
    const yearShown = async () => Number(await page.locator(".trade-tooltip__year").textContent());
    const seen: number[] = [];
    // The x axis runs from the start of the first year to the end of the last; each year has a band.
    for (let x = box.x + 2; x < box.x + box.width; x += box.width / 120) {
      const at = FIRST + ((x - box.x) / box.width) * (LAST + 1 - FIRST);
      // Near a band's edge, which year is meant is a matter of rounding: not what this test is about.
      if (Math.abs(at - Math.round(at)) < 0.1) continue;
      const year = Math.min(LAST, Math.floor(at));
      await page.mouse.move(x, box.y + box.height / 2);
      await expect.poll(yearShown, { message: `pointer at ${Math.round(x - box.x)} px` }).toBe(year);
      if (seen[seen.length - 1] !== year) seen.push(year);
    }
    expect(seen).toEqual(Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i));
    await page.mouse.move(box.x + (box.width * (2023.5 - FIRST)) / (LAST + 1 - FIRST), box.y + box.height / 2);
    await expect.poll(() => page.locator(".chart-tooltip").textContent()).toMatch(/2023.*\$41B.*\+31\.5% on 2022/);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it("is read by keyboard: the chart takes focus and arrows move the announced year", async () => {
    const { page } = await open("embed/trade/?reporter=both");
    await page.locator(".trade-chart__frame").focus();
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => page.locator('[aria-live="polite"]').textContent())
      .toMatch(/^1992: China customs: \$368M; Kazakhstan's statistics: \$373M \(IMF estimate\)$/);
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await expect.poll(() => searchParam(page, "year")).toBe("2024");
  });

  it("draws a log scale and both reporters from the URL", async () => {
    const { page } = await open("embed/trade/?scale=log&reporter=both&flow=split");
    expect(await page.locator(".trade-chart__series").count()).toBe(4);
    const labels = await page.locator(".trade-chart__grid text").allTextContents();
    expect(labels).toContain("$1B");
    expect(labels).toContain("$10B");
  });

  it("fits a 375 px phone: no sideways scroll, the chart as wide as the screen allows, a tap pins the tooltip", async () => {
    const { page } = await open("embed/trade/", 375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const svg = (await page.locator(".trade-chart__svg").boundingBox())!;
    expect(svg.width).toBeGreaterThan(300);
    expect(svg.x + svg.width).toBeLessThanOrEqual(375);
    const overlay = (await page.locator(".trade-chart__overlay").boundingBox())!;
    await page.touchscreen.tap(overlay.x + overlay.width * 0.5, overlay.y + overlay.height * 0.5);
    const tooltip = page.locator(".chart-tooltip");
    await tooltip.waitFor();
    const tip = (await tooltip.boundingBox())!;
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(375);
    // The tooltip does not cover the point it describes.
    const point = (await page.locator(".trade-chart__point[r='5.5']").first().boundingBox())!;
    const overlaps = !(
      tip.x + tip.width < point.x ||
      point.x + point.width < tip.x ||
      tip.y + tip.height < point.y ||
      point.y + point.height < tip.y
    );
    expect(overlaps).toBe(false);
  });

  it("reads its table on a 375 px phone: first and latest years uncut, the first column and the header stay put, only the page scrolls up and down", async () => {
    const { page, problems } = await open("embed/trade/", 375);
    await page.getByRole("button", { name: "Table" }).click();
    const region = page.getByRole("region", { name: /^Trade by year as each country reports it/ });
    await region.waitFor();
    // One row per year.
    await expect(region.getByRole("rowheader").allTextContents()).resolves.toEqual(
      Array.from({ length: LAST - FIRST + 1 }, (_, i) => String(FIRST + i)),
    );

    for (const year of [FIRST, LAST]) {
      const cells = region
        .getByRole("rowheader", { name: String(year), exact: true })
        .locator("xpath=..")
        .locator("td.numeric");
      await expect(cells.count()).resolves.toBe(2 * WIDE_ORDER.length);
      for (const [i, id] of WIDE_ORDER.entries()) {
        const cell = cells.nth(2 * i);
        // Brought into view as a reader scrolls to it (the box's scroll padding keeps it clear of the first column).
        const seen = await cell.evaluate((td) => {
          td.scrollIntoView({ block: "nearest", inline: "nearest" });
          const box = td.closest('[role="region"]')!;
          const first = box.querySelector("tbody th")!.getBoundingClientRect();
          const r = td.getBoundingClientRect();
          const frame = box.getBoundingClientRect();
          const text = [...td.childNodes]
            .filter((n) => !(n instanceof Element && n.classList.contains("data-table__mark")))
            .map((n) => n.textContent)
            .join("");
          const hit = (x: number) => td.contains(document.elementFromPoint(x, r.top + r.height / 2));
          return {
            text,
            uncut: td.scrollWidth <= td.clientWidth,
            inside: r.left >= first.right - 0.5 && r.right <= frame.right + 0.5 && r.right <= window.innerWidth,
            // Nothing covers it: not the first column, not the edge shadow.
            visible: hit(r.left + 2) && hit(r.right - 2),
          };
        });
        expect(seen, `${id} ${year}`).toEqual({ text: shown(id, year), uncut: true, inside: true, visible: true });
      }
    }

    // The first column stays put while the rest scrolls sideways, with a shadow where columns slide under it.
    await region.evaluate((box) => box.scrollTo({ left: 0 }));
    const firstYear = region.getByRole("rowheader", { name: String(FIRST), exact: true });
    const before = (await firstYear.boundingBox())!;
    // The box takes focus and scrolls with the arrow keys.
    await region.focus();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(100);
    const after = (await firstYear.boundingBox())!;
    expect(after.x).toBe(before.x);
    expect(await firstYear.evaluate((th) => getComputedStyle(th).backgroundColor)).not.toMatch(/rgba\(.*, 0\)|transparent/);
    await expect.poll(() => page.locator(".data-table").first().getAttribute("data-before")).toBe("true");
    await expect(page.getByText("More columns to the side").first().isVisible()).resolves.toBe(true);

    // Scrolled down the page, the header stays at the top of the window, scrolled as far sideways as the table.
    await region.getByRole("rowheader", { name: "2010", exact: true }).evaluate((th) => th.scrollIntoView({ block: "start" }));
    const float = page.locator(".data-table__float-box");
    await expect.poll(async () => (await float.boundingBox())?.y ?? null).toBe(0);
    // The keys scroll smoothly: the header follows the table wherever its scroll comes to rest.
    await expect
      .poll(async () => (await float.evaluate((box) => box.scrollLeft)) - (await region.evaluate((box) => box.scrollLeft)))
      .toBe(0);
    await expect(float.locator("th").first().textContent()).resolves.toMatch(/^Year/);

    // No box but the page scrolls up and down, and the page does not scroll sideways.
    expect(await verticalScrollers(page.locator("body"))).toEqual([]);
    expect(await region.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("downloads the data as CSV in long and wide form, both read as a spreadsheet reads them", async () => {
    const { page } = await openPage("embed/trade/", { acceptDownloads: true, waitFor: ".trade-chart__overlay" });
    await page.getByRole("button", { name: "Download", exact: true }).click();
    const long = await download(page, page.getByRole("button", { name: "CSV (long)" }));
    const wide = await download(page, page.getByRole("button", { name: "CSV (wide)" }));
    expect([long.name, wide.name]).toEqual(["silk-road-ledger-trade-long.csv", "silk-road-ledger-trade-wide.csv"]);
    for (const file of [long, wide]) expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const points = TRADE.series.flatMap((s) => s.points.map((p) => ({ id: s.id, ...p })));
    const [longHeader, ...longRows] = parseCsv(long.bytes.subarray(3).toString("utf8"));
    expect(longRows).toHaveLength(points.length);
    expect(longRows.every((r) => r.length === longHeader!.length)).toBe(true);
    const field = (row: string[], name: string) => row[longHeader!.indexOf(name)];
    const latest = longRows.find(
      (r) => field(r, "year") === String(LAST) && field(r, "reporter") === "cn" && field(r, "flow") === "total",
    )!;
    expect(Number(field(latest, "value_usd_million"))).toBe(TRADE.series[0]!.points.find((p) => p.year === LAST)!.value);
    expect(longRows.filter((r) => field(r, "estimate") === "yes")).toHaveLength(points.filter((p) => p.estimate).length);

    const [wideHeader, ...wideRows] = parseCsv(wide.bytes.subarray(3).toString("utf8"));
    expect(wideRows.map((r) => r[0])).toEqual(Array.from({ length: LAST - FIRST + 1 }, (_, i) => String(FIRST + i)));
    expect(wideRows.every((r) => r.length === wideHeader!.length)).toBe(true);
    const cell = (year: number, name: string) => wideRows[year - FIRST]![wideHeader!.indexOf(name)];
    for (const id of WIDE_ORDER) {
      const series = TRADE.series.find((s) => s.id === id)!;
      for (const year of [FIRST, LAST]) {
        const p = series.points.find((q) => q.year === year);
        expect(cell(year, `${id.replace("-", "_")}_usd_million`), `${id} ${year}`).toBe(p ? String(p.value) : "");
      }
    }
    expect(cell(FIRST, "cn_total_change_pct")).toBe("");
    expect(Number(cell(FIRST + 1, "cn_total_change_pct"))).toBeCloseTo((434.7 / 368 - 1) * 100, 2);
  });

  it("has no axe-core violations with the table open, light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const { page, close } = await openPage("embed/trade/?reporter=both", { colorScheme });
      await page.getByRole("button", { name: "Table" }).click();
      await page.locator(".data-table").first().waitFor();
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await close();
    }
  });
});
