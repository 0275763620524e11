import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { serveStatic } from "../../scripts/staticServer.mjs";
import { openPage } from "./browser";

// The demo host page (examples/host.html), served from a second origin, drives an embed from the first.
describe.skipIf(!inject("browser"))("a host page on another origin", () => {
  let host: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    host = await serveStatic({ dir: "examples" });
    expect(new URL(host.url).origin).not.toBe(new URL(inject("baseUrl")).origin);
  });
  afterAll(() => host?.close());

  const openHost = async () => {
    const opened = await openPage(`host.html?site=${encodeURIComponent(inject("baseUrl"))}`, { baseUrl: host.url, waitUntil: "load" });
    const { page } = opened;
    const embed = page.frameLocator("#article");
    await embed.locator('[data-view="trade"] .summary').waitFor();
    // Drawn, and said so to the host.
    await expect
      .poll(() => page.getByRole("log", { name: "Messages from the embed" }).textContent())
      .toContain('"type":"silk-road-ledger:ready"');
    return { ...opened, embed, log: () => page.getByRole("log", { name: "Messages from the embed" }).textContent() };
  };
  const frameHeight = (page: import("playwright-core").Page) => page.locator("#article").evaluate((f) => f.getBoundingClientRect().height);

  it("grows an iframe that starts 100 px tall to the view's own height, through the Embedly-format message alone", async () => {
    const { page, embed } = await openHost();
    const content = () => embed.locator("main").evaluate((m) => Math.ceil(m.getBoundingClientRect().bottom));
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(600);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await content()))).toBeLessThan(40);
    // …and shrinks back when the view does: open the table, close it.
    const before = await frameHeight(page);
    await embed.getByRole("button", { name: /table/i }).first().click();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 100);
    await embed.getByRole("button", { name: /table/i }).first().click();
    await expect.poll(() => frameHeight(page)).toBeLessThan(before + 20);
  });

  it("sets the year and the theme from a set message, and hears them back in a state message", async () => {
    const { page, embed, log } = await openHost();
    await page.getByRole("button", { name: "Set", exact: true }).click();
    await expect.poll(() => embed.locator("html").getAttribute("data-theme")).toBe("dark");
    // The sentence under the focus-year picker (a narrow frame's folded Settings bar says it too, hidden here).
    await embed
      .locator(".focus-year")
      .getByText(/^Focus year 2013/)
      .waitFor();
    await expect.poll(log).toMatch(/"type":"silk-road-ledger:state","view":"trade","state":\{[^}]*"theme":"dark"[^}]*"year":2013/);
    await page.getByRole("button", { name: "Clear the focus year" }).click();
    await expect.poll(() => embed.getByRole("button", { name: "Clear focus year" }).count()).toBe(0);
  });

  it("plays the trade view when its slide starts, and pauses it when the slide is left", async () => {
    const { page, embed } = await openHost();
    await embed.getByRole("button", { name: "▶ Play", pressed: false }).waitFor();
    // By keyboard: a pointer left over the chart as the frame grows would be a reader taking over from Play.
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(600);
    await page.getByRole("button", { name: "slide:start" }).press("Enter");
    await embed.getByRole("button", { name: "❚❚ Pause", pressed: true }).waitFor();
    await page.getByRole("button", { name: "slide:stop" }).press("Enter");
    await embed.getByRole("button", { name: /Resume/, pressed: false }).waitFor();
  });

  it("ignores hostile and malformed messages: no change, no error, no markup, no navigation", async () => {
    const { page, embed, problems, log } = await openHost();
    const framePath = () => embed.locator("body").evaluate(() => location.pathname + location.search);
    const before = await framePath();
    const states = async () => ((await log()) ?? "").split("\n").filter((line) => line.includes('"silk-road-ledger:state"')).length;
    const statesBefore = await states();
    await page.evaluate(() => {
      const target = (document.getElementById("article") as HTMLIFrameElement).contentWindow!;
      const set = (state: unknown) => target.postMessage({ type: "silk-road-ledger:set", state }, "*");
      set({ year: '<img id="pwned" src=x onerror="document.title=1">', theme: "<script>alert(1)</script>" });
      set({ year: { valueOf: 2013 }, theme: ["dark"], scale: new Date(0), from: new Map([[1, 2]]) });
      set({ lang: "x".repeat(1_000_000) });
      set("year=2013&theme=dark");
      set(null);
      target.postMessage({ type: "silk-road-ledger:navigate", url: "https://example.org/" }, "*");
      target.postMessage({ type: "silk-road-ledger:set", state: { event: "javascript:alert(1)" } }, "*");
      target.postMessage("x".repeat(1_000_000), "*");
      target.postMessage({ sentinel: "amp", type: "embed-size", height: 1 }, "*");
      target.postMessage(new ArrayBuffer(8), "*");
      target.postMessage({ type: "silk-road-ledger:get" }, "*");
    });
    // Messages arrive in order: once the `get` sent last is answered, every one before it has been read.
    await expect.poll(states).toBe(statesBefore + 1);
    expect(await framePath()).toBe(before);
    expect(await embed.locator("html").getAttribute("data-theme")).toBeNull();
    expect(await embed.locator("#pwned").count()).toBe(0);
    expect(await embed.getByRole("button", { name: "Clear focus year" }).count()).toBe(0);
    expect(await embed.locator('[role="alert"]').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
  });
});
