import { describe, expect, it } from "vitest";
import { messages } from "../i18n/en";
import { LANGUAGE_CODES, languageInfo, pluralTranslator, translator } from "./i18n";

describe("translator", () => {
  const t = translator("en");

  it("fills variables", () => {
    expect(t("present.step", { n: 2, total: 5 })).toBe("Step 2 of 5");
  });

  it("leaves an unknown variable visible rather than dropping text", () => {
    expect(t("present.step", { n: 2 })).toBe("Step 2 of {total}");
  });

  it("falls back to English for a language without a catalog", () => {
    expect(translator("xx")("app.title")).toBe("Silk Road Ledger");
  });

  it("does not interpret markup in variables (React escapes it; the string is kept as text)", () => {
    expect(t("notfound.body", { path: "<img src=x>" })).toBe("There is nothing at <img src=x>.");
  });
});

describe("pluralTranslator", () => {
  it("chooses the plural form by the language's rules and formats the count", () => {
    const tn = pluralTranslator("en");
    expect(tn("sources.count", 1)).toBe("1 source");
    expect(tn("sources.count", 1234)).toBe("All 1,234 sources");
  });

  it("falls back to English forms for a language without a catalog", () => {
    expect(pluralTranslator("xx")("sources.count", 2)).toBe("All 2 sources");
  });
});

describe("catalogs", () => {
  it("lists English first", () => {
    expect(LANGUAGE_CODES[0]).toBe("en");
    expect(languageInfo("en").nativeName).toBe("English");
  });

  it("has no empty message", () => {
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe("");
  });
});
