import { describe, expect, it } from "vitest";
import { oembedFile, oembedJson, oembedLink, siteUrl } from "../scripts/oembed";
import { pageHtml } from "../scripts/pageHtml";
import { PAGES } from "../scripts/pages";

const SITE = "https://example.org/ledger/";
const trade = PAGES.find((p) => p.embed === "trade")!;
const dashboard = PAGES.find((p) => p.kind === "dashboard")!;

describe("siteUrl", () => {
  it("takes an absolute http(s) address and ends it with a slash", () => {
    expect(siteUrl("https://example.org/ledger")).toBe(SITE);
    expect(siteUrl(" http://127.0.0.1:8000/?x=1#top ")).toBe("http://127.0.0.1:8000/");
  });

  it("is null when unset, relative or not http(s), so no discovery link is written", () => {
    expect(siteUrl(undefined)).toBeNull();
    expect(siteUrl("")).toBeNull();
    expect(siteUrl("/ledger/")).toBeNull();
    expect(siteUrl("javascript:alert(1)")).toBeNull();
    expect(siteUrl("file:///etc/")).toBeNull();
  });
});

describe("oEmbed", () => {
  it("describes an embed page as a rich embed whose html is its iframe", () => {
    const json = JSON.parse(oembedJson({ ...trade, embed: "trade" }, SITE));
    expect(json).toMatchObject({
      version: "1.0",
      type: "rich",
      title: "Bilateral trade",
      provider_name: "Silk Road Ledger",
      provider_url: SITE,
    });
    expect(json.width).toBeGreaterThan(0);
    expect(json.height).toBeGreaterThan(0);
    const iframe = new DOMParserless(json.html);
    expect(iframe.attr("src")).toBe("https://example.org/ledger/embed/trade/");
    expect(iframe.attr("height")).toBe(String(json.height));
  });

  it("sits beside the page, and the page links to it with an absolute address", () => {
    expect(oembedFile(trade)).toBe("embed/trade/oembed.json");
    expect(oembedLink(trade, SITE)).toContain('href="https://example.org/ledger/embed/trade/oembed.json"');
    expect(pageHtml(trade, SITE)).toContain('type="application/json+oembed"');
  });

  it("is left out without a site address, and on pages that are not embeds", () => {
    expect(pageHtml(trade)).not.toContain("oembed");
    expect(pageHtml(dashboard, SITE)).not.toContain("oembed");
  });
});

/** Reads the attributes of the one tag in an HTML string (Node has no DOMParser). */
class DOMParserless {
  constructor(private readonly html: string) {}
  attr(name: string): string | undefined {
    return new RegExp(`\\s${name}="([^"]*)"`).exec(this.html)?.[1];
  }
}
