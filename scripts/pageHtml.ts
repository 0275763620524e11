import { escapeHtml } from "../src/lib/escapeHtml.ts";
import { THEME_SCRIPT } from "../src/lib/themes.ts";
import { ALL_CATALOGS, english } from "../src/i18n/allCatalogs.ts";
import type { MessageKey } from "../src/lib/i18n.ts";
import { oembedLink } from "./oembed.ts";
import { alternatesOf, DEFAULT_LANGUAGE, pagePath, type PageSpec } from "./pages.ts";

/** Without scripts the prerendered page is read, not operated: the controls that need a script are not shown. */
const NO_SCRIPT_STYLE =
  ".view-controls,.view-actions__bar,.view-actions__status,.chart-keys,.source-line__unfold,.map-zoom,.map-touch-hint{display:none!important}";

/** The app's entry module, the same on every page. */
const ENTRY = "/src/app/boot.ts";

/** A catalog entry in `lang` with its {placeholders} filled; the build's twin of src/lib/i18n's translator. */
function message(lang: string, key: MessageKey, vars: Record<string, string>): string {
  // The build writes each page's title, description and notice in the page's language.
  const text = ALL_CATALOGS[lang]?.[key] ?? english[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** The page's title and description, in its language. */
export function pageText(page: PageSpec): { title: string; description: string } {
  const site = message(page.lang, "app.title", {});
  return {
    title: message(page.lang, page.titleTemplate, { site, page: message(page.lang, page.titleKey, { site }) }),
    description: message(page.lang, page.descriptionKey, { site }),
  };
}

/**
 * The page's other languages, for search engines: one <link rel="alternate" hreflang> per language (the page's own
 * among them) and x-default, the default language's page. Only with the site's public address: search engines take
 * an alternate's address only when it is absolute, and a relative one is reported as invalid (Lighthouse's SEO audit).
 */
function alternateLinks(page: PageSpec, site: string | null): string {
  const alternates = alternatesOf(page);
  if (site === null || alternates.length < 2) return "";
  const href = (other: PageSpec) => escapeHtml(`${site}${pagePath(other)}`);
  const fallback = alternates.find((other) => other.lang === DEFAULT_LANGUAGE);
  return [
    // vite-ignore: the address is a page, not an asset for Vite to bundle (the attribute is dropped from the output).
    ...alternates.map((other) => `<link rel="alternate" hreflang="${other.lang}" href="${href(other)}" vite-ignore />`),
    ...(fallback ? [`<link rel="alternate" hreflang="x-default" href="${href(fallback)}" vite-ignore />`] : []),
  ]
    .map((line) => `\n    ${line}`)
    .join("");
}

/**
 * One page's HTML shell: the app mounts into #root and reads <body data-page/data-embed>.
 * Root-relative URLs are rewritten to the base path by Vite, in the build and in dev. With the site's public
 * address (`site`, from SITE_URL), an embed page also links to its oEmbed file.
 */
export function pageHtml(page: PageSpec, site: string | null = null): string {
  const { title, description } = pageText(page);
  const alternates = page.kind === "notfound" ? "" : alternateLinks(page, site);
  const oembed = site && page.embed ? `\n    ${oembedLink(page, site)}` : "";
  const body = [`data-page="${page.kind}"`, ...(page.embed ? [`data-embed="${page.embed}"`] : [])].join(" ");
  return `<!doctype html>
<html lang="${page.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <meta name="color-scheme" content="light dark" />
    <script>${THEME_SCRIPT}</script>
    <noscript><style>${NO_SCRIPT_STYLE}</style></noscript>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />${alternates}${oembed}
  </head>
  <body ${body}>
    <div id="root"></div>
    <noscript><p class="noscript">${escapeHtml(message(page.lang, "page.noscript", { description }))}</p></noscript>
    <script type="module" src="${ENTRY}"></script>
  </body>
</html>
`;
}
