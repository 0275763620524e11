import { describe, expect, it } from "vitest";
import { pageHtml, pageText } from "../scripts/pageHtml";
import { alternatesOf, PAGES, pagePath } from "../scripts/pages";
import { LANGUAGES } from "../src/i18n/languages";
import { messages as zh } from "../src/i18n/zh/core";

const page = (html: string) => PAGES.find((p) => p.html === html)!;

describe("a page per language", () => {
  it("ships every page in every language, the default at the root and the others under /<code>/, and one 404", () => {
    const english = PAGES.filter((p) => p.lang === "en");
    for (const { code } of LANGUAGES.slice(1)) {
      const own = PAGES.filter((p) => p.lang === code);
      expect(own.map((p) => p.html)).toEqual(english.filter((p) => p.kind !== "notfound").map((p) => `${code}/${p.html}`));
    }
    expect(PAGES.filter((p) => p.kind === "notfound").map((p) => p.html)).toEqual(["404.html"]);
    expect(new Set(PAGES.map((p) => p.name)).size).toBe(PAGES.length);
  });

  it("writes each page's <html lang>, title, description and notice in its language", () => {
    const trade = page("zh/embed/trade/index.html");
    const html = pageHtml(trade);
    expect(html).toContain('<html lang="zh">');
    expect(pageText(trade).title).toBe(`${zh["view.trade.title"]} — ${zh["app.title"]}`);
    expect(html).toContain(`<title>${zh["view.trade.title"]} — ${zh["app.title"]}</title>`);
    expect(html).toContain("未启用JavaScript");
  });

  it("links each page to itself in every language (hreflang) and to the default's as x-default, at the site's address", () => {
    const present = page("ru/present/index.html");
    expect(alternatesOf(present).map(pagePath)).toEqual(["present/", "zh/present/", "ru/present/", "kk/present/"]);
    const html = pageHtml(present, "https://example.org/ledger/");
    for (const [lang, path] of [
      ["en", "present/"],
      ["zh", "zh/present/"],
      ["ru", "ru/present/"],
      ["kk", "kk/present/"],
      ["x-default", "present/"],
    ])
      expect(html).toContain(`<link rel="alternate" hreflang="${lang}" href="https://example.org/ledger/${path}" vite-ignore />`);
    // Without the site's public address, none: search engines take only absolute addresses for them.
    expect(pageHtml(present)).not.toContain("hreflang");
    expect(pageHtml(page("404.html"))).not.toContain("hreflang");
  });
});
