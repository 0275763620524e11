import { escapeHtml } from "../lib/escapeHtml";
import { EMBED_WIDTH, embedHeight } from "../lib/embedSize";
import { pageAddress } from "../lib/pageAddress";

/** The frame sizes the embed builder offers; an article's height follows the view. */
export const SIZE_PRESETS = {
  article: { width: EMBED_WIDTH, height: null },
  slide169: { width: 960, height: 540 },
  slide43: { width: 1024, height: 768 },
  square: { width: 640, height: 640 },
} as const;
export type SizePreset = keyof typeof SIZE_PRESETS | "custom";

export interface EmbedOptions {
  theme: "auto" | "light" | "dark" | "contrast";
  /** A language code, or "" for the page's own. */
  lang: string;
  controls: "auto" | "full" | "compact" | "none";
  showTitle: boolean;
}

/**
 * The embed's address: the view's state as a link carries it, with the builder's options over it (defaults left out),
 * on the embed page prerendered in its language.
 */
export function embedAddress(root: string, viewId: string, query: string, options: EmbedOptions): string {
  const params = new URLSearchParams(query);
  params.delete("step");
  const set = (key: string, value: string, fallback: string) => (value === fallback ? params.delete(key) : params.set(key, value));
  set("theme", options.theme, "auto");
  if (options.lang) params.set("lang", options.lang);
  set("controls", options.controls, "auto");
  set("title", options.showTitle ? "1" : "0", "1");
  return pageAddress(root, `embed/${viewId}/`, params);
}

/** The script an article needs so the frame takes the view's height (docs/embedding.md). */
const RESIZE_SCRIPT = `<script>
  addEventListener("message", (e) => {
    if (e.data?.type !== "silk-road-ledger:resize") return;
    for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) f.style.height = e.data.height + "px";
  });
</script>`;

/**
 * The iframe snippet for a frame of `width` × `height`; with no height (an article), the view's own height
 * in a column of the snippet's width, and the resize script that fits it from there.
 */
export function iframeSnippet({
  src,
  title,
  view,
  width,
  height,
}: {
  src: string;
  title: string;
  view: string;
  width: number;
  height: number | null;
}): string {
  const attrs = `src="${escapeHtml(src)}" title="${escapeHtml(title)}"`;
  if (height === null) {
    const fixed = embedHeight(view);
    return `<iframe ${attrs} width="${width}" height="${fixed}" style="width:100%;max-width:${width}px;border:0" loading="lazy"></iframe>\n${RESIZE_SCRIPT}`;
  }
  return `<iframe ${attrs} width="${width}" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** A reveal.js slide holding the embed: reveal.js tells it when the slide starts and stops. */
export function revealSnippet({ src, title }: { src: string; title: string }): string {
  return `<section>\n  <iframe data-src="${escapeHtml(src)}" data-preload title="${escapeHtml(title)}" style="width:100%;height:80vh;border:0"></iframe>\n</section>`;
}
