import { describe, expect, it } from "vitest";
import { languageQuery, pageAddress, pathLanguage } from "./pageAddress";

describe("pageAddress", () => {
  it("leads to the page prerendered in the language the query names, which then leaves the query", () => {
    expect(pageAddress("https://x.org/ledger/", "embed/map/", "lang=zh&theme=dark")).toBe("https://x.org/ledger/zh/embed/map/?theme=dark");
    expect(pageAddress("/", "", "year=2013&language=kk-KZ", "#view-trade")).toBe("/kk/?year=2013#view-trade");
  });

  it("keeps the default language's pages at the root, with a language the query named", () => {
    expect(pageAddress("/", "present/", "")).toBe("/present/");
    expect(pageAddress("/", "", "lang=en&year=2020")).toBe("/?lang=en&year=2020");
  });

  it("reads a language it does not know as the default's, and leaves the rest of the query alone", () => {
    expect(pageAddress("/", "handout/", "lang=xx&step=2")).toBe("/handout/?lang=xx&step=2");
  });
});

describe("pathLanguage", () => {
  it("names the language of a path's first segment under the base", () => {
    expect(pathLanguage("/ledger/ru/embed/nothing/", "/ledger/")).toBe("ru");
    expect(pathLanguage("/zh", "/")).toBe("zh");
    expect(pathLanguage("/embed/zh/", "/")).toBeNull();
    expect(pathLanguage("/en/", "/")).toBeNull();
    expect(pathLanguage("/other/ru/", "/ledger/")).toBeNull();
  });
});

describe("languageQuery", () => {
  it("names a language other than the default, after the rest", () => {
    expect(languageQuery("kk", { step: "2" }).toString()).toBe("step=2&lang=kk");
    expect(languageQuery("en", { step: "2" }).toString()).toBe("step=2");
  });
});
