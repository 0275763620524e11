import { describe, expect, inject, it } from "vitest";
import { axeViolations, openPage } from "./browser";
import { decodePng, download, pngSize } from "./downloads";

describe.skipIf(!inject("browser"))("the embed builder", () => {
  it("is a modal dialog: focus stays inside, Escape closes it, and focus goes back to Embed", async () => {
    const { page } = await openPage("", { waitFor: '[data-view="trade"] .summary' });
    const embed = page.locator('[data-view="trade"]').getByRole("button", { name: "Embed" });
    await embed.click();
    const dialog = page.getByRole("dialog", { name: "Embed “Bilateral trade”" });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog")))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => embed.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it("previews the chosen size and writes slide images at 1920×1080 and 1280×720", async () => {
    const { page } = await openPage("embed/trade/?year=2013", { width: 680, height: 1400, acceptDownloads: true, waitFor: ".summary" });
    await page.getByRole("button", { name: "Embed" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("radio", { name: "Slide 4:3 (1024 × 768)" }).check();
    await dialog.frameLocator("iframe").locator(".view-options").waitFor();
    expect(await dialog.locator("iframe").getAttribute("src")).toMatch(/\/embed\/trade\/\?year=2013$/);
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      const png = await download(page, dialog.getByRole("button", { name: `Slide image, ${width} × ${height} (PNG)` }));
      expect(png.name).toBe(`silk-road-ledger-trade-slide-${width}x${height}.png`);
      expect(pngSize(png.bytes)).toEqual({ width, height });
      const decoded = await decodePng(page, png.bytes);
      expect(decoded).toMatchObject({ width, height });
      expect(decoded.colours).toBeGreaterThan(3);
    }
    await dialog.getByText("The 1280 × 720 slide image is downloaded.").waitFor();
  });
});
