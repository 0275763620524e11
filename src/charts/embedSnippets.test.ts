import { describe, expect, it } from "vitest";
import { embedAddress, iframeSnippet, revealSnippet, SIZE_PRESETS } from "./embedSnippets";

const ROOT = "https://example.org/ledger/";
const DEFAULTS = { theme: "auto", lang: "", controls: "auto", showTitle: true } as const;

describe("embedAddress", () => {
  it("carries the view's state and leaves defaults out", () => {
    expect(embedAddress(ROOT, "trade", "year=2013&scale=log&step=3", DEFAULTS)).toBe(
      "https://example.org/ledger/embed/trade/?year=2013&scale=log",
    );
  });

  it("puts the builder's options over the state", () => {
    const src = embedAddress(ROOT, "map", "theme=dark", { theme: "contrast", lang: "en", controls: "none", showTitle: false });
    expect(Object.fromEntries(new URL(src).searchParams)).toEqual({ theme: "contrast", lang: "en", controls: "none", title: "0" });
  });

  it("leads to the embed prerendered in its language: the page's, or the one the builder chose", () => {
    expect(embedAddress(ROOT, "timeline", "lang=kk&year=2019", DEFAULTS)).toBe("https://example.org/ledger/kk/embed/timeline/?year=2019");
    expect(embedAddress(ROOT, "trade", "lang=zh", { ...DEFAULTS, lang: "ru" })).toBe("https://example.org/ledger/ru/embed/trade/");
  });
});

describe("snippets", () => {
  it("gives an article the view's own height and the resize script", () => {
    const html = iframeSnippet({ src: "https://x/embed/trade/", title: "Trade", view: "trade", ...SIZE_PRESETS.article });
    expect(html).toMatch(/^<iframe src="https:\/\/x\/embed\/trade\/" title="Trade" width="680" height="\d{3,4}"/);
    expect(html).toContain('"silk-road-ledger:resize"');
  });

  it("gives a slide its fixed size, without a script", () => {
    const html = iframeSnippet({ src: "https://x/embed/trade/", title: "Trade", view: "trade", ...SIZE_PRESETS.slide169 });
    expect(html).toContain('width="960" height="540"');
    expect(html).not.toContain("<script>");
  });

  it("escapes what it writes into attributes", () => {
    const html = revealSnippet({ src: 'https://x/?a="b"&c', title: "<Trade & co>" });
    expect(html).toContain('data-src="https://x/?a=&quot;b&quot;&amp;c"');
    expect(html).toContain('title="&lt;Trade &amp; co&gt;"');
  });
});
