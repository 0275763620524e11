import { VIEW_IDS, VIEW_INFO, type DataFileName, type ViewId } from "../src/app/views.ts";
import type { MessageKey } from "../src/lib/i18n.ts";
import { LANGUAGES } from "../src/i18n/languages.ts";

/** What <body data-page> tells the app to render (src/app/Router.tsx). */
export type PageKind = "dashboard" | "embed" | "present" | "speaker" | "handout" | "notfound";

export interface PageSpec {
  /** The build's entry name. */
  name: string;
  /** The language the page is written in: English at the root, each other language under /<code>/. */
  lang: string;
  /** The file in dist/, relative to the base path. */
  html: string;
  kind: PageKind;
  /** The view an embed page shows (<body data-embed>). */
  embed?: ViewId;
  /** The page's own name, and the template that joins it to the site's name in <title>. */
  titleKey: MessageKey;
  titleTemplate: "page.title" | "page.homeTitle";
  descriptionKey: MessageKey;
  /** The files the page reads as prerendered: preloaded in its head, and in the client's cache before it hydrates. */
  datasets: readonly DataFileName[];
}

/** Every file the site's pages read. */
const ALL_FILES: readonly DataFileName[] = ["trade", "investment", "timeline", "places", "sources", "geography"];

/** The path a page is served at, relative to the base path: "embed/trade/index.html" → "embed/trade/". */
export function pagePath(page: Pick<PageSpec, "html">): string {
  return page.html.replace(/(^|\/)index\.html$/, "$1");
}

const embedPages: Omit<PageSpec, "lang">[] = VIEW_IDS.map((id) => ({
  name: `embed-${id}`,
  html: `embed/${id}/index.html`,
  kind: "embed",
  embed: id,
  titleKey: VIEW_INFO[id].titleKey,
  titleTemplate: "page.title",
  descriptionKey: VIEW_INFO[id].subtitleKey,
  datasets: VIEW_INFO[id].datasets,
}));

/** The site's pages in English, at the root. */
const ENGLISH_PAGES: readonly Omit<PageSpec, "lang">[] = [
  {
    name: "dashboard",
    html: "index.html",
    kind: "dashboard",
    titleKey: "app.tagline",
    titleTemplate: "page.homeTitle",
    descriptionKey: "page.dashboard.description",
    // The first view's: the others hydrate, with their own files, as the reader nears them (src/app/hydration.ts).
    datasets: VIEW_INFO[VIEW_IDS[0]].datasets,
  },
  ...embedPages,
  {
    name: "embed-index",
    html: "embed/index.html",
    kind: "embed",
    titleKey: "page.embedIndex.title",
    titleTemplate: "page.title",
    descriptionKey: "page.embedIndex.description",
    datasets: [],
  },
  {
    name: "present",
    html: "present/index.html",
    kind: "present",
    titleKey: "present.label",
    titleTemplate: "page.title",
    descriptionKey: "page.present.description",
    datasets: ALL_FILES,
  },
  {
    name: "present-speaker",
    html: "present/speaker/index.html",
    kind: "speaker",
    titleKey: "speaker.label",
    titleTemplate: "page.title",
    descriptionKey: "speaker.description",
    datasets: ALL_FILES,
  },
  {
    name: "handout",
    html: "handout/index.html",
    kind: "handout",
    titleKey: "handout.label",
    titleTemplate: "page.title",
    descriptionKey: "handout.description",
    datasets: ALL_FILES,
  },
  {
    name: "not-found",
    html: "404.html",
    kind: "notfound",
    titleKey: "notfound.title",
    titleTemplate: "page.title",
    descriptionKey: "page.notfound.description",
    datasets: [],
  },
];

/** The default language, whose pages are at the root; the others' are under /<code>/. */
export const DEFAULT_LANGUAGE = LANGUAGES[0]!.code;

/** The page in `lang`: the same page under /<lang>/ (at the root for the default language). */
export function pageIn(page: Omit<PageSpec, "lang">, lang: string): PageSpec {
  if (lang === DEFAULT_LANGUAGE) return { ...page, lang };
  return { ...page, lang, name: `${lang}-${page.name}`, html: `${lang}/${page.html}` };
}

/**
 * The one registry of pages: every HTML file the site ships, each a real file in dist/ so any static host serves it:
 * each page in each language, prerendered in it. One 404 page, at the root, serves every language.
 */
export const PAGES: readonly PageSpec[] = LANGUAGES.flatMap(({ code }) =>
  ENGLISH_PAGES.filter((page) => code === DEFAULT_LANGUAGE || page.kind !== "notfound").map((page) => pageIn(page, code)),
);

/** The page's file as the default language's page has it: "zh/embed/trade/index.html" → "embed/trade/index.html". */
const defaultHtml = (page: PageSpec): string => (page.lang === DEFAULT_LANGUAGE ? page.html : page.html.slice(page.lang.length + 1));

/** The same page in every language, the default first: the page's alternates (hreflang). */
export function alternatesOf(page: PageSpec): PageSpec[] {
  return PAGES.filter((other) => defaultHtml(other) === defaultHtml(page));
}
