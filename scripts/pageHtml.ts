import { escapeHtml } from "../src/lib/escapeHtml.ts";
import { THEME_SCRIPT } from "../src/lib/themes.ts";
import { messages } from "../src/i18n/en.ts";
import { LANGUAGES } from "../src/i18n/languages.ts";
import type { MessageKey } from "../src/i18n/en.ts";
import { oembedLink } from "./oembed.ts";
import type { PageSpec } from "./pages.ts";

/** Without scripts the prerendered page is read, not operated: the controls that need a script are not shown. */
const NO_SCRIPT_STYLE =
  ".view-controls,.view-actions__bar,.view-actions__status,.chart-keys,.source-line__unfold,.map-zoom,.map-touch-hint{display:none!important}";

/** The app's entry module, the same on every page. */
const ENTRY = "/src/app/main.tsx";

/** A catalog entry with its {placeholders} filled; the build's twin of src/lib/i18n's translator, for English. */
function message(key: MessageKey, vars: Record<string, string>): string {
  return messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** The page's title and description, from the English catalog. */
export function pageText(page: PageSpec): { title: string; description: string } {
  const site = messages["app.title"];
  return {
    title: message(page.titleTemplate, { site, page: message(page.titleKey, { site }) }),
    description: message(page.descriptionKey, { site }),
  };
}

/**
 * One page's HTML shell: the app mounts into #root and reads <body data-page/data-embed>.
 * Root-relative URLs are rewritten to the base path by Vite, in the build and in dev. With the site's public
 * address (`site`, from SITE_URL), an embed page also links to its oEmbed file.
 */
export function pageHtml(page: PageSpec, site: string | null = null): string {
  const { title, description } = pageText(page);
  const oembed = site && page.embed ? `\n    ${oembedLink(page, site)}` : "";
  const body = [`data-page="${page.kind}"`, ...(page.embed ? [`data-embed="${page.embed}"`] : [])].join(" ");
  return `<!doctype html>
<html lang="${LANGUAGES[0]!.code}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <meta name="color-scheme" content="light dark" />
    <script>${THEME_SCRIPT}</script>
    <noscript><style>${NO_SCRIPT_STYLE}</style></noscript>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />${oembed}
  </head>
  <body ${body}>
    <div id="root"></div>
    <noscript><p class="noscript">${escapeHtml(message("page.noscript", { description }))}</p></noscript>
    <script type="module" src="${ENTRY}"></script>
  </body>
</html>
`;
}
