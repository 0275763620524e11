import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { axeViolations, openPage, searchParam, type OpenPageOptions } from "./browser";

const baseUrl = inject("baseUrl");

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
    await page.evaluate(() => {
      history.pushState(null, "", location.href.replace("place=khorgos-gateway", "place=lianyungang-base"));
      dispatchEvent(new PopStateEvent("popstate"));
    });
    await expect.poll(() => layer.getAttribute("transform")).not.toBe(atKhorgos);
    const atLianyungang = await layer.getAttribute("transform");
    expect(await scaleOf()).toBeGreaterThan(2);
    await page.goBack();
    await expect.poll(() => searchParam(page, "place")).toBe("khorgos-gateway");
    await expect.poll(() => layer.getAttribute("transform")).toBe(atKhorgos);
    await page.goForward();
    await expect.poll(() => layer.getAttribute("transform")).toBe(atLianyungang);
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

/** Presses `key` and waits until focus has left the element that had it. */
async function stepFocus(page: Page, key: string, focusedName: () => Promise<string>) {
  const before = await focusedName();
  await page.keyboard.press(key);
  await expect.poll(focusedName, { message: `focus after ${key} from ${before}` }).not.toBe(before);
}
