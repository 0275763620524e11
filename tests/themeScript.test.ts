import { describe, expect, it } from "vitest";
import { pageHtml } from "../scripts/pageHtml";
import { PAGES } from "../scripts/pages";
import { THEME_SCRIPT } from "../src/lib/themes";

/** Runs the head's theme script against an address, as the browser would before painting; returns <html data-theme>. */
function themeFor(search: string): string | undefined {
  const documentElement = { dataset: {} as Record<string, string> };
  new Function("location", "document", THEME_SCRIPT)({ search }, { documentElement });
  return documentElement.dataset.theme;
}

describe("the theme script in every page's head", () => {
  it("sets the theme the address asks for, and nothing for auto, a missing or a made-up value", () => {
    expect(themeFor("?theme=dark")).toBe("dark");
    expect(themeFor("?year=2013&theme=contrast")).toBe("contrast");
    expect(themeFor("?theme=light")).toBe("light");
    for (const search of ["", "?theme=auto", "?theme=DARK", '?theme="><img src=x>', "?theme=dark%20"])
      expect(themeFor(search), search).toBeUndefined();
  });

  it("is in the head of every page, before anything is painted", () => {
    for (const page of PAGES) {
      const html = pageHtml(page);
      expect(html.indexOf(`<script>${THEME_SCRIPT}</script>`), page.name).toBeGreaterThan(-1);
      expect(html.indexOf(THEME_SCRIPT)).toBeLessThan(html.indexOf("<body"));
    }
  });
});
