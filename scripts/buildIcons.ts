// Draws the installable app's PNG icons from public/favicon.svg in Chromium: 192 and 512 px, and a
// maskable 512 px one whose mark sits inside the safe zone (the middle 80 %) on a full-bleed background.
//   npm run icons:build   (writes public/icons/; the PNGs are committed, so a build needs no browser)
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH } from "../tests/e2e/chromium.ts";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = resolve(ROOT, "public/icons");
const SVG = readFileSync(resolve(ROOT, "public/favicon.svg"), "utf8");
/** The favicon's own background, which the maskable icon extends to the edges. */
const BACKGROUND = SVG.match(/<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/)?.[1] ?? "#0072B2";
/** How much of a maskable icon the mark fills: the safe zone is a circle of 80 % of the size. */
const MASKABLE_MARK = 0.6;

export const ICONS = [
  { file: "icon-192.png", size: 192, maskable: false },
  { file: "icon-512.png", size: 512, maskable: false },
  { file: "icon-maskable-512.png", size: 512, maskable: true },
] as const;

/** A page of exactly `size` px showing the icon: the favicon as it is, or its mark alone on the full-bleed background. */
function iconHtml(size: number, maskable: boolean): string {
  const mark = maskable ? SVG.replace(/<rect[^>]*\/>/, "") : SVG;
  const side = maskable ? `${MASKABLE_MARK * 100}%` : `${size}px`;
  const background = maskable ? BACKGROUND : "transparent";
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${background}">
    <div style="width:${side};height:${side}">${mark.replace("<svg ", '<svg width="100%" height="100%" ')}</div></body></html>`;
}

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
try {
  mkdirSync(OUT, { recursive: true });
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(iconHtml(icon.size, icon.maskable));
    await page.screenshot({ path: resolve(OUT, icon.file), omitBackground: !icon.maskable });
    await page.close();
    console.log(`public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
