import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { axeViolations, openPage, searchParam, type OpenPageOptions } from "./browser";
import { download } from "./downloads";

const baseUrl = inject("baseUrl");

type Box = { x: number; y: number; width: number; height: number };

describe.skipIf(!inject("browser"))("the map, in Chromium", () => {
  async function open(path: string, options: OpenPageOptions = {}) {
    const opened = await openPage(path, { waitFor: '[data-view="map"] .summary', ...options });
    const map = opened.page.locator('[data-view="map"]');
    await map.locator(".map-country").first().waitFor();
    return { ...opened, map };
  }

  it("/embed/map draws the countries and the places, and asks nothing of another origin", async () => {
    const { map, problems, requests } = await open("embed/map/");
    expect(await map.locator('.map-country[data-country="Kazakhstan"]').count()).toBe(1);
    expect(await map.locator('.map-country[data-country="China"]').count()).toBe(1);
    expect(await map.locator(".map-country").count()).toBeGreaterThan(20);
    for (const name of [
      /^Khorgos International Center/,
      /^China–Kazakhstan \(Lianyungang\) Logistics/,
      /^Zhanatas wind farm;/,
      /^Turgusun-1 hydropower plant;/,
    ]) {
      expect(await map.locator(".map-canvas__svg").getByRole("button", { name }).count(), String(name)).toBe(1);
    }
    expect(await map.locator("[data-place]").count()).toBe(49);
    // The geometry comes from the site itself, under its base path, and is not in the JavaScript.
    expect(requests).toContain(new URL("data/geo/region.topo.json", baseUrl).href);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  it("opens a place with the keyboard and closes it with Escape", async () => {
    const { page, map, problems } = await open("embed/map/");
    const svg = map.locator(".map-canvas__svg");
    await svg.focus();
    await page.keyboard.press("Tab");
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    // Step east until Zhanatas (every place is reachable with →), each step once focus has moved.
    await expect.poll(focusedName).not.toBe("");
    for (let i = 0; i < 49 && !(await focusedName()).startsWith("Zhanatas wind farm"); i++)
      await stepFocus(page, "ArrowRight", focusedName);
    expect(await focusedName()).toMatch(/^Zhanatas wind farm/);
    await page.keyboard.press("Enter");
    const details = map.getByRole("region", { name: "Zhanatas wind farm" });
    await details.waitFor();
    expect(await details.textContent()).toContain("100 MW");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Zhanatas wind farm");
    await expect.poll(() => searchParam(page, "place")).toBe("zhanatas-wind-farm");
    await page.keyboard.press("Escape");
    await details.waitFor({ state: "detached" });
    await expect.poll(focusedName).toMatch(/^Zhanatas wind farm/);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("zooms with the keyboard, the buttons and Ctrl + wheel, and resets", async () => {
    const { page, map } = await open("embed/map/");
    const layer = map.locator(".map-canvas__svg > g").first();
    await map.locator(".map-canvas__svg").focus();
    await page.keyboard.press("+");
    await expect.poll(() => layer.getAttribute("transform")).toMatch(/scale\(1\.6\)/);
    const zoomed = await layer.getAttribute("transform");
    await page.keyboard.press("ArrowLeft");
    // The pan is animated (d3 flies out and back in); wait until it has landed.
    await expect
      .poll(async () => {
        const t = await layer.getAttribute("transform");
        return t !== zoomed && /scale\(1\.6\)$/.test(t ?? "");
      })
      .toBe(true);
    await map.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => layer.getAttribute("transform")).toMatch(/scale\(2\.56/);
    await map.getByRole("button", { name: "Reset the view" }).click();
    await expect.poll(() => layer.getAttribute("transform")).toBe("translate(0,0) scale(1)");
    // A plain wheel scrolls the page and says how to zoom; with Ctrl held it zooms the map.
    const box = (await map.locator(".map-canvas__svg").boundingBox())!;
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
    await page.mouse.wheel(0, 200);
    await map.locator(".map-canvas__hint").waitFor();
    expect(await layer.getAttribute("transform")).toBe("translate(0,0) scale(1)");
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    await expect.poll(async () => Number(/scale\(([\d.]+)\)/.exec((await layer.getAttribute("transform")) ?? "")?.[1])).toBeGreaterThan(1);
  });

  it("opens a linked place zoomed to it, and Back and Forward zoom to the place in the address", async () => {
    // Without motion, so each zoom lands at once and the transforms can be compared.
    const { page, map } = await open("embed/map/?place=khorgos-gateway", { reducedMotion: "reduce" });
    const layer = map.locator(".map-canvas__svg > g").first();
    const scaleOf = async () => Number(/scale\(([\d.]+)\)/.exec((await layer.getAttribute("transform")) ?? "")?.[1]);
    await expect.poll(scaleOf).toBeGreaterThan(2);
    const atKhorgos = await layer.getAttribute("transform");
    // A second history entry naming another place, as a host page or a presentation step makes one.
    const visit = (from: string, to: string) =>
      page.evaluate(
        ([a, b]) => {
          history.pushState(null, "", location.href.replace(`place=${a}`, `place=${b}`));
          dispatchEvent(new PopStateEvent("popstate"));
        },
        [from, to],
      );
    await visit("khorgos-gateway", "zhanatas-wind-farm");
    await expect.poll(() => layer.getAttribute("transform")).not.toBe(atKhorgos);
    const atZhanatas = await layer.getAttribute("transform");
    expect(await scaleOf()).toBeGreaterThan(2);
    // Lianyungang is in the inset: the main map goes back to its whole frame, the inset rings the place.
    await visit("zhanatas-wind-farm", "lianyungang-base");
    await expect.poll(() => layer.getAttribute("transform")).toBe("translate(0,0) scale(1)");
    await map.locator(".map-inset .map-highlight--selected").waitFor();
    await page.goBack();
    await expect.poll(() => searchParam(page, "place")).toBe("zhanatas-wind-farm");
    await expect.poll(() => layer.getAttribute("transform")).toBe(atZhanatas);
    await page.goBack();
    await expect.poll(() => layer.getAttribute("transform")).toBe(atKhorgos);
    await page.goForward();
    await expect.poll(() => layer.getAttribute("transform")).toBe(atZhanatas);
  });

  it("at 1280 × 800, frames Kazakhstan and Xinjiang: Kazakhstan spans over half the map, Lianyungang is in the inset", async () => {
    const { map } = await open("embed/map/", { width: 1280, height: 800 });
    const svg = (await map.locator(".map-canvas__svg").boundingBox())!;
    const kazakhstan = (await map.locator('.map-country[data-country="Kazakhstan"]').boundingBox())!;
    const drawnWidth = Math.min(kazakhstan.x + kazakhstan.width, svg.x + svg.width) - Math.max(kazakhstan.x, svg.x);
    expect(drawnWidth / svg.width).toBeGreaterThan(0.5);
    // Lianyungang's base, on the Yellow Sea, is a place in the inset, inside the inset's frame, inside the map.
    const inset = (await map.locator(".map-inset__frame").boundingBox())!;
    const base = map.locator(".map-inset").getByRole("button", { name: /^China–Kazakhstan \(Lianyungang\) Logistics/ });
    expect(await base.isVisible()).toBe(true);
    const at = (await base.locator(".map-mark__symbol").boundingBox())!;
    expect(within(at, inset) && within(inset, svg)).toBe(true);
    expect(await map.locator(".map-inset text", { hasText: "Lianyungang" }).count()).toBeGreaterThan(0);
    // The corridor leaves the frame towards it, with an arrow and a label saying where it goes.
    await map.locator(".map-corridor__arrow").waitFor();
    expect(await map.locator(".map-label--corridor").textContent()).toBe("Rail to Lianyungang");
  });

  it("exports the inset with the map: the SVG (which the PNG is drawn from) holds Lianyungang and the corridor's label", async () => {
    const { page, map } = await open("embed/map/", { width: 1280, height: 800, acceptDownloads: true });
    await map.locator(".map-inset .map-country").first().waitFor();
    await page.getByRole("button", { name: "Download", exact: true }).click();
    const svg = await download(page, page.getByRole("button", { name: "SVG", exact: true }).first());
    const drawn = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "image/svg+xml");
      const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
      // The inset's own land: a clipped group of country outlines besides the main map's.
      const clipped = doc.querySelectorAll("g[clip-path] path").length;
      return { texts, clipped };
    }, svg.bytes.toString("utf8"));
    expect(drawn.texts).toContain("Lianyungang");
    expect(drawn.texts).toContain("Rail to Lianyungang");
    expect(drawn.clipped).toBeGreaterThan(20);
  });

  it("zooms in with + about the middle of the frame, so the places of Kazakhstan stay in view", async () => {
    const { map } = await open("embed/map/", { width: 1280, height: 800, reducedMotion: "reduce" });
    const svg = (await map.locator(".map-canvas__svg").boundingBox())!;
    await map.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => map.locator(".map-canvas__svg > g").first().getAttribute("transform")).toMatch(/scale\(1\.6\)/);
    for (const id of ["astana", "khorgos", "karakoin-junction", "zhanatas-wind-farm"]) {
      const box = (await map.locator(`[data-place="${id}"] .map-mark__symbol`).boundingBox())!;
      expect([id, within(box, svg)]).toEqual([id, true]);
    }
    expect(await labelsUnderButtons(map)).toEqual([]);
  });

  it("on a 375 px touch screen, the Khorgos Gateway is reached through its cluster and opens alone", async () => {
    // Without motion each tap's zoom lands at once, so the next tap is aimed at where a cluster is, not where it was.
    const { page, map, problems } = await open("embed/map/", { width: 375, height: 740, touch: true, reducedMotion: "reduce" });
    await map.locator("[data-cluster]").first().waitFor();
    const cluster = map.locator('[data-cluster][data-members~="khorgos-gateway"]');
    expect(await cluster.getAttribute("aria-label")).toMatch(/^Khorgos area: \d+ places$/);
    const gateway = map.locator('.map-canvas__svg [data-place="khorgos-gateway"]');
    const chooser = map.locator(".map-chooser");
    const members = () => cluster.evaluateAll((els) => els[0]?.getAttribute("data-members") ?? null);
    // Tap what holds the dry port (its cluster, then smaller ones as the map zooms in) until it can be picked.
    for (let taps = 0; taps < 6 && (await members()) !== null && (await chooser.count()) === 0; taps++) {
      const before = await members();
      await tapCentre(page, cluster);
      await expect.poll(async () => (await chooser.count()) > 0 || (await members()) !== before).toBe(true);
    }
    if ((await chooser.count()) === 0) await tapCentre(page, gateway.locator(".map-mark__symbol"));
    // Where several places are in reach, the reader picks from a list; the dry port is one of them.
    if ((await chooser.count()) > 0) await chooser.getByRole("button", { name: "Khorgos Gateway dry port" }).tap();
    const details = map.getByRole("region", { name: "Khorgos Gateway dry port" });
    await details.waitFor();
    expect(await map.locator(".map-details").count()).toBe(1);
    expect(searchParam(page, "place")).toBe("khorgos-gateway");
    expect(problems.consoleErrors).toEqual([]);
  });

  it("on a 375 px touch screen, gives every target on the map at least 24 px, and nothing but the page scrolls", async () => {
    const { page, map } = await open("embed/map/", { width: 375, height: 740, touch: true });
    await map.locator("[data-cluster]").first().waitFor();
    // Open a list too: its entries and its close button are targets as well.
    await tapCentre(page, map.locator('[data-cluster][data-members~="lianyungang-base"]'));
    await map.locator(".map-chooser__item").first().waitFor();
    const small = await map.evaluate((root) => {
      const svg = root.querySelector(".map-canvas__svg")!.getBoundingClientRect();
      const inView = (b: DOMRect) => b.right > svg.left && b.left < svg.right && b.bottom > svg.top && b.top < svg.bottom;
      const tooSmall: string[] = [];
      for (const el of root.querySelectorAll(".map-canvas__svg [data-place], .map-canvas__svg [data-cluster]")) {
        const name = el.getAttribute("data-place") ?? el.getAttribute("data-cluster")!;
        const disc = el.querySelector(".map-mark__hit, .map-line__disc, .map-cluster__hit");
        const line = el.querySelector(".map-line__hit");
        if (disc) {
          const b = disc.getBoundingClientRect();
          if (inView(b) && (b.width < 24 || b.height < 24)) tooSmall.push(`${name} ${b.width}×${b.height}`);
        } else if (line) {
          const b = line.getBoundingClientRect();
          const band = Number.parseFloat(getComputedStyle(line).strokeWidth);
          if (inView(b) && (band < 24 || Math.hypot(b.width, b.height) < 24)) tooSmall.push(`${name} band ${band}`);
        } else tooSmall.push(`${name}: no target`);
      }
      for (const el of root.querySelectorAll<HTMLElement>(".map-zoom__button, .map-chooser button")) {
        const b = el.getBoundingClientRect();
        if (b.width < 24 || b.height < 24) tooSmall.push(`${el.className} ${b.width}×${b.height}`);
      }
      return tooSmall;
    });
    expect(small).toEqual([]);
    expect(await verticalScrollers(page)).toEqual([]);
    expect(await labelsUnderButtons(map)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows the keyboard instructions once the keyboard is used, and never on a touch screen", async () => {
    const { page, map } = await open("embed/map/", { width: 1280, height: 800 });
    const keys = map.locator(".map-keys");
    const instructions = map.getByText(/^Keyboard: on the map, arrow keys pan/);
    expect(await instructions.count()).toBe(1);
    expect(await keys.count()).toBe(0);
    expect(await map.locator(".map-touch-hint").isVisible()).toBe(false);
    await map.locator(".map-canvas__svg").focus();
    await page.keyboard.press("Tab");
    await keys.waitFor();
    expect(await keys.isVisible()).toBe(true);

    const touch = await open("embed/map/", { width: 375, height: 740, touch: true });
    await touch.map.locator("[data-cluster]").first().waitFor();
    await tapCentre(touch.page, touch.map.locator("[data-cluster]").first());
    expect(await touch.map.locator(".map-keys").count()).toBe(0);
    // Still there for a screen reader (the map's description), but drawn as nothing.
    expect(await touch.map.getByText(/^Keyboard: on the map/).evaluate((p) => p.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    expect(await touch.map.locator(".map-touch-hint").isVisible()).toBe(true);
    expect(await touch.map.locator(".map-touch-hint").textContent()).toMatch(/^Pinch/);
  });

  it("lets the page alone scroll at 1280 × 800 too, its list of places folded into groups", async () => {
    const { page, map } = await open("embed/map/", { width: 1280, height: 800 });
    const list = map.getByRole("group", { name: "Sites and routes" });
    expect(await list.locator("details[open]").count()).toBe(0);
    await list.locator("summary").first().click();
    expect(await list.locator("details[open]").count()).toBe(1);
    expect(await verticalScrollers(page)).toEqual([]);
    // Everything folded, the view is about a screen and a half.
    await list.locator("summary").first().click();
    expect((await map.boundingBox())!.height).toBeLessThan(800 * 1.5);
  });

  it("fades the places not yet begun in the focus year, and those still planned", async () => {
    const { map } = await open("embed/map/?year=2013");
    expect(await map.locator("[data-place].is-dimmed").count()).toBe(7);
    expect(await map.locator('[data-place="turkestan-solar"].is-dimmed').count()).toBe(1);
    expect(await map.getByText("Focus year 2013 — 7 places had not been started by then and are faded.").count()).toBe(1);
  });

  it.each([
    ["embed/map/", "light", 1280],
    ["embed/map/?place=khorgos-gateway&year=2013", "dark", 1280],
    ["embed/map/?theme=contrast", "light", 1280],
    ["embed/map/", "light", 375],
  ] as const)("has no axe-core violations on /%s in %s at %i px", async (path, colorScheme, width) => {
    const { page } = await open(path, { colorScheme, width });
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([320, 375])("fits a %i px phone without sideways scrolling", async (width) => {
    const { page } = await open("embed/map/?place=lianyungang-base", { width });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

/** Whether box a lies inside box b. */
function within(a: Box, b: Box): boolean {
  return a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
}

/** Taps the middle of an element, scrolled into view, with a finger (a touch, not a mouse click). */
async function tapCentre(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** The map's labels that the zoom buttons cover (none should be). */
function labelsUnderButtons(map: Locator): Promise<string[]> {
  return map.evaluate((root) => {
    const buttons = root.querySelector(".map-zoom")!.getBoundingClientRect();
    return [...root.querySelectorAll(".map-label")]
      .filter((label) => {
        const b = label.getBoundingClientRect();
        return b.left < buttons.right && buttons.left < b.right && b.top < buttons.bottom && buttons.top < b.bottom;
      })
      .map((label) => label.textContent ?? "");
  });
}

/** Every element but the page itself that scrolls vertically (its content taller than its box, and overflow that scrolls). */
function verticalScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}

/** Presses `key` and waits until focus has left the element that had it. */
async function stepFocus(page: Page, key: string, focusedName: () => Promise<string>) {
  const before = await focusedName();
  await page.keyboard.press(key);
  await expect.poll(focusedName, { message: `focus after ${key} from ${before}` }).not.toBe(before);
}
