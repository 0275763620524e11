import type { Page } from "playwright-core";

export interface TextSize {
  /** The rendered size in CSS pixels: the font size times any scaling of an SVG's viewBox. */
  px: number;
  text: string;
  /** The element's tag and class, to find it. */
  where: string;
}

/**
 * The smallest text a reader can see on the page: every non-empty text node in a rendered, visible element
 * (not visually hidden, not transparent), at its font size times the scale its SVG is drawn at.
 */
export async function smallestText(page: Page, count = 3): Promise<TextSize[]> {
  return page.evaluate((n) => {
    const sizes: { px: number; text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const el = node.parentElement;
      if (!text || !el || el.closest("script, style, noscript, title, option")) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      // Visually hidden text (a 1 px clipped box) is for screen readers.
      if (rect.width < 2 || rect.height < 2) continue;
      let scale = 1;
      if (el instanceof SVGElement) {
        const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
        scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      }
      const px = Number.parseFloat(getComputedStyle(el).fontSize) * scale;
      const cls = typeof el.className === "string" ? el.className : (el.getAttribute("class") ?? "");
      sizes.push({
        px: Math.round(px * 10) / 10,
        text: text.slice(0, 40),
        where: `${el.tagName.toLowerCase()}.${cls.split(" ")[0] ?? ""}`,
      });
    }
    return sizes.sort((a, b) => a.px - b.px).slice(0, n);
  }, count);
}
