import { escapeHtml } from "../src/lib/escapeHtml.ts";
import { english as messages } from "../src/i18n/allCatalogs.ts";
import { embedHeight, EMBED_WIDTH } from "../src/lib/embedSize.ts";
import { pagePath, type PageSpec } from "./pages.ts";

/**
 * oEmbed discovery (https://oembed.com): each embed page links to a static `oembed.json` beside it, so a
 * platform that reads oEmbed (WordPress, many learning platforms) turns a pasted link into the embed.
 * Discovery needs absolute URLs, so this needs the site's public address: the SITE_URL build setting.
 */

/** The site's public address as a base for absolute URLs ("https://example.org/ledger/"), or null when unset or not http(s). */
export function siteUrl(raw: string | undefined): string | null {
  if (!raw?.trim()) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** The oembed.json file of an embed page, at the same path as its index.html. */
export function oembedFile(page: PageSpec): string {
  return `${pagePath(page)}oembed.json`;
}

/** The JSON an embed page's oembed.json holds: a `rich` embed whose html is the page's iframe. */
export function oembedJson(page: PageSpec & { embed: NonNullable<PageSpec["embed"]> }, site: string): string {
  const src = new URL(pagePath(page), site).href;
  const title = messages[page.titleKey];
  const provider = messages["app.title"];
  const height = embedHeight(page.embed);
  const html =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(`${title} — ${provider}`)}" width="${EMBED_WIDTH}" height="${height}"` +
    ` style="width:100%;max-width:${EMBED_WIDTH}px;border:0" loading="lazy"></iframe>`;
  return `${JSON.stringify(
    { version: "1.0", type: "rich", title, provider_name: provider, provider_url: site, html, width: EMBED_WIDTH, height },
    null,
    2,
  )}\n`;
}

/** The discovery link in an embed page's <head>. */
export function oembedLink(page: PageSpec, site: string): string {
  const href = new URL(oembedFile(page), site);
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href.href)}" title="${escapeHtml(messages[page.titleKey])}" />`;
}
