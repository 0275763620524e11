import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";

const VIEWS = ["trade", "investment", "timeline", "map"] as const;

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, button: ReturnType<Page["getByRole"]>) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe.skipIf(!inject("browser"))("image exports, downloaded as a reader does", () => {
  for (const view of VIEWS) {
    it(`${view}: the SVG parses as XML and the PNG decodes at twice the chart's size`, async () => {
      const { page, problems } = await openPage(`embed/${view}/`, { acceptDownloads: true });
      const svgButton = page.getByRole("button", { name: "SVG", exact: true }).first();
      await svgButton.waitFor();
      const svg = await download(page, svgButton);
      expect(svg.name).toBe(`silk-road-ledger-${view}.svg`);
      const text = svg.bytes.toString("utf8");
      // The browser's own XML parser, as any program that opens an SVG file would read it.
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "image/svg+xml");
        const error = doc.querySelector("parsererror");
        const root = doc.documentElement;
        return {
          error: error?.textContent ?? null,
          root: root.localName,
          width: Number(root.getAttribute("width")),
          height: Number(root.getAttribute("height")),
          texts: doc.querySelectorAll("text").length,
        };
      }, text);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe("svg");
      expect(parsed.width).toBeGreaterThan(200);
      expect(parsed.height).toBeGreaterThan(150);
      expect(parsed.texts).toBeGreaterThan(2);

      const png = await download(page, page.getByRole("button", { name: "PNG", exact: true }).first());
      expect(png.name).toBe(`silk-road-ledger-${view}.png`);
      const size = pngSize(png.bytes);
      expect(size).toEqual({ width: Math.ceil(parsed.width * 2), height: Math.ceil(parsed.height * 2) });
      // Decoded by the browser, not just a signature: a truncated or empty image fails here.
      const decoded = await page.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context2d = canvas.getContext("2d")!;
        context2d.drawImage(bitmap, 0, 0);
        const pixels = context2d.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < pixels.length; i += 4 * 97) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
        return { width: bitmap.width, height: bitmap.height, colours: colours.size };
      }, png.bytes.toString("base64"));
      expect(decoded.width).toBe(size!.width);
      // A drawn chart, not a blank rectangle.
      expect(decoded.colours).toBeGreaterThan(3);
      await expect(
        page
          .getByRole("status")
          .filter({ hasText: /could not/i })
          .count(),
      ).resolves.toBe(0);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  }
});
