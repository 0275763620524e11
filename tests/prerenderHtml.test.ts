// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { withPrerender } from "../scripts/prerenderHtml";

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <title>Bilateral trade</title>
    <link rel="stylesheet" crossorigin href="/ledger/assets/main-1.css">
  </head>
  <body data-page="embed" data-embed="trade">
    <div id="root"></div>
    <script type="module" src="/ledger/assets/main-1.js"></script>
  </body>
</html>
`;

const PARTS = {
  markup: '<main class="page"><h1>Bilateral trade</h1></main>',
  datasets: ["trade", "sources"],
  preloads: ["/ledger/data/trade.json", "/ledger/data/sources.json"],
  renderedAt: 1796329647969.4,
  styles: ["/ledger/assets/main-1.css", "/ledger/assets/TradeView-2.css"],
  scripts: ["/ledger/assets/EmbedPage-3.js"],
  later: ["/ledger/assets/d3-shape-4.js"],
};

describe("withPrerender", () => {
  it("puts the markup in #root, names the files and the time on <body>, links the styles, and lists scripts and files unfetched", () => {
    const html = withPrerender(BUILT, PARTS);
    expect(html).toContain('<div id="root"><main class="page"><h1>Bilateral trade</h1></main></div>');
    expect(html).toContain('<body data-datasets="trade sources" data-rendered-at="1796329647969" data-page="embed" data-embed="trade">');
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/ledger/assets/TradeView-2.css" />');
    // The scripts and data files, the page's first and then what they import, wait in a template until the page has
    // painted (src/app/boot.ts); the entry's own script, in the page already, is not listed again.
    const template = new DOMParser().parseFromString(html, "text/html").querySelector<HTMLTemplateElement>("head > template#page-files")!;
    const links = [...template.content.querySelectorAll("link")].map((link) => `${link.rel} ${link.getAttribute("href")}`);
    expect(links).toEqual([
      "modulepreload /ledger/assets/EmbedPage-3.js",
      "modulepreload /ledger/assets/d3-shape-4.js",
      "preload /ledger/data/trade.json",
      "preload /ledger/data/sources.json",
    ]);
    expect(html.replace(/<template[\s\S]*<\/template>/, "")).not.toMatch(/modulepreload|rel="preload"/);
    // The entry's style sheet, linked already, is not linked twice.
    expect(html.split("main-1.css")).toHaveLength(2);
  });

  it("does not list the entry's own script among the page's files", () => {
    const html = withPrerender(BUILT, { ...PARTS, scripts: ["/ledger/assets/main-1.js", ...PARTS.scripts] });
    expect(html.split("main-1.js")).toHaveLength(2);
  });

  it("keeps `$` patterns in the markup as written", () => {
    const html = withPrerender(BUILT, { ...PARTS, markup: "<p>$368M in 1992 → $& $1 $$</p>" });
    expect(html).toContain('<div id="root"><p>$368M in 1992 → $& $1 $$</p></div>');
  });

  it("refuses a page without exactly one empty #root", () => {
    expect(() => withPrerender(BUILT.replace('<div id="root"></div>', ""), PARTS)).toThrow(/<div id="root"><\/div>/);
    expect(() => withPrerender(BUILT.replace("</body>", '<div id="root"></div></body>'), PARTS)).toThrow(/exactly once/);
  });
});
