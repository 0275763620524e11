import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { BrowserContext } from "playwright-core";

const require = createRequire(import.meta.url);
// PDF.js as unpdf ships it: one module with its worker built in, so it runs in a page without a worker file.
const PDFJS = readFileSync(join(dirname(require.resolve("unpdf")), "pdfjs.mjs"), "utf8");
const JSQR = readFileSync(require.resolve("jsqr"), "utf8");

/** Where the reader page is served from: a path of the site's own origin that the test answers itself. */
const READER_PATH = "/__pdf-reader__/";

export interface PdfPage {
  /** The page's size in PDF points (1/72 in). */
  width: number;
  height: number;
  /** The page's text, its items joined by spaces. */
  text: string;
  /** What the QR code on the page says, or null if it has none that reads. */
  code: string | null;
  /** Whether any raster image is painted on the page (a chart printed as vectors paints none). */
  hasImage: boolean;
  /** The page rendered as PNG, in colour and in grayscale, for the first `keepPngs` pages. */
  png: Buffer | null;
  grayPng: Buffer | null;
}

interface RawPage extends Omit<PdfPage, "png" | "grayPng"> {
  png: string | null;
  grayPng: string | null;
}

declare global {
  interface Window {
    readPdf?: (base64: string, scale: number, keepPngs: number) => Promise<RawPage[]>;
    jsQR?: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
  }
}

const READER_HTML = `<!doctype html><meta charset="utf-8"><title>PDF reader</title>
<script src="jsqr.js"></script>
<script type="module">
import { getDocument, OPS } from "./pdfjs.mjs";
const IMAGE_OPS = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
// The whole page first; then, since a chart's square and ringed marks can pass for finder patterns, windows
// of half the page's width and a third of its height, overlapping by half, until one holds a code that reads.
function findCode(context, width, height) {
  const read = (x, y, w, h) => window.jsQR(context.getImageData(x, y, w, h).data, w, h)?.data ?? null;
  const whole = read(0, 0, width, height);
  if (whole !== null) return whole;
  const w = Math.ceil(width / 2);
  const h = Math.ceil(height / 3);
  for (let y = 0; y + h <= height + h / 2; y += h / 2)
    for (let x = 0; x + w <= width + w / 2; x += w / 2) {
      const code = read(Math.floor(x), Math.floor(y), Math.min(w, width - Math.floor(x)), Math.min(h, height - Math.floor(y)));
      if (code !== null) return code;
    }
  return null;
}
window.readPdf = async (base64, scale, keepPngs) => {
  const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const doc = await getDocument({ data, useSystemFonts: true }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const context = canvas.getContext("2d", { willReadFrequently: true });
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const code = findCode(context, canvas.width, canvas.height);
    const ops = await page.getOperatorList();
    const text = (await page.getTextContent()).items.map((item) => item.str ?? "").join(" ");
    let png = null;
    let grayPng = null;
    if (n <= keepPngs) {
      png = canvas.toDataURL("image/png");
      const gray = document.createElement("canvas");
      gray.width = canvas.width;
      gray.height = canvas.height;
      const g = gray.getContext("2d");
      g.filter = "grayscale(1)";
      g.drawImage(canvas, 0, 0);
      grayPng = gray.toDataURL("image/png");
    }
    pages.push({ width: base.width, height: base.height, text, code, hasImage: ops.fnArray.some((op) => IMAGE_OPS.has(op)), png, grayPng });
  }
  return pages;
};
</script>`;

const fromDataUrl = (url: string | null) => (url ? Buffer.from(url.slice(url.indexOf(",") + 1), "base64") : null);

/**
 * Reads a PDF in Chromium with PDF.js: each page's size and text, whether it paints a raster image, and the QR
 * code on it (rendered at `scale` and decoded with jsQR); the first `keepPngs` pages also as PNG images. The
 * reader is a page of `origin` that the test serves itself, so nothing is fetched from anywhere.
 */
export async function readPdf(
  context: BrowserContext,
  origin: string,
  pdf: Buffer,
  { scale = 3, keepPngs = 0 }: { scale?: number; keepPngs?: number } = {},
): Promise<PdfPage[]> {
  const reader = await context.newPage();
  try {
    const files: Record<string, { body: string; contentType: string }> = {
      "": { body: READER_HTML, contentType: "text/html" },
      "pdfjs.mjs": { body: PDFJS, contentType: "text/javascript" },
      "jsqr.js": { body: JSQR, contentType: "text/javascript" },
    };
    await reader.route(`${origin}${READER_PATH}**`, (route) => {
      const file = files[new URL(route.request().url()).pathname.slice(READER_PATH.length)];
      return file ? route.fulfill({ status: 200, body: file.body, contentType: file.contentType }) : route.fulfill({ status: 404 });
    });
    await reader.goto(`${origin}${READER_PATH}`);
    await reader.waitForFunction(() => typeof window.readPdf === "function");
    const pages = await reader.evaluate(([base64, s, keep]) => window.readPdf!(base64, s, keep), [
      pdf.toString("base64"),
      scale,
      keepPngs,
    ] as const);
    return pages.map((p) => ({ ...p, png: fromDataUrl(p.png), grayPng: fromDataUrl(p.grayPng) }));
  } finally {
    await reader.close();
  }
}

/** Writes the pages' PNGs as `<prefix>-p1.png`, `<prefix>-p1-gray.png`, …, to look at; returns the paths. */
export function writePagePngs(pages: readonly PdfPage[], prefix: string): string[] {
  return pages.flatMap((page, i) => {
    const written: string[] = [];
    for (const [suffix, png] of [
      ["", page.png],
      ["-gray", page.grayPng],
    ] as const) {
      if (!png) continue;
      const path = `${prefix}-p${i + 1}${suffix}.png`;
      writeFileSync(path, png);
      written.push(path);
    }
    return written;
  });
}
