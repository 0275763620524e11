import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { decodePng, download, pngSize } from "./downloads";

const VIEWS = ["trade", "investment", "timeline", "map"] as const;

describe.skipIf(!inject("browser"))("image exports, downloaded as a reader does", () => {
  for (const view of VIEWS) {
    it(`${view}: the SVG parses as XML and the PNG decodes at twice the chart's size`, async () => {
      const { page, problems } = await openPage(`embed/${view}/`, { acceptDownloads: true });
      await page.getByRole("button", { name: "Download", exact: true }).first().click();
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
      const decoded = await decodePng(page, png.bytes);
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
