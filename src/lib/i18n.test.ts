import { describe, expect, it } from "vitest";
import { messages } from "../i18n/en";
import { LANGUAGE_CODES, pluralTranslator, translator } from "./i18n";

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

const PLURAL_FORM = /^(.+)\.(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/**
 * What a catalog gets wrong next to English: a missing key, a key English does not have (a plural form
 * may add the CLDR categories its language needs), or placeholders other than the English message's.
 */
function catalogProblems(catalog: Record<string, string>, english: Record<string, string> = messages): string[] {
  const problems = Object.keys(english)
    .filter((key) => !(key in catalog))
    .map((key) => `missing ${key}`);
  for (const [key, text] of Object.entries(catalog)) {
    const base = PLURAL_FORM.exec(key)?.[1];
    const reference = english[key] ?? (base === undefined ? undefined : english[`${base}.other`]);
    if (reference === undefined) problems.push(`unknown ${key}`);
    else if (placeholders(text).join() !== placeholders(reference).join())
      problems.push(`${key}: {${placeholders(text).join("}, {")}} where English has {${placeholders(reference).join("}, {")}}`);
  }
  return problems;
}

const catalogModules = import.meta.glob<{ messages?: Record<string, string> }>("../i18n/*.ts", { eager: true });

describe("catalogs", () => {
  it("has no empty message", () => {
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe("");
  });

  it("each have every English key, with the same placeholders", () => {
    const catalogs = Object.entries(catalogModules).filter(([, mod]) => mod.messages);
    expect(catalogs.length).toBeGreaterThanOrEqual(1);
    for (const [path, mod] of catalogs) expect(catalogProblems(mod.messages!), path).toEqual([]);
    // Every catalog found here is offered as a language.
    expect(LANGUAGE_CODES).toHaveLength(catalogs.length);
  });

  it("catch a missing key, an unknown one and a changed placeholder, and allow a language's extra plural forms", () => {
    const { "app.title": _dropped, ...rest } = messages;
    const catalog: Record<string, string> = {
      ...rest,
      "present.step": "Шаг {n} из {count}",
      "sources.count.few": "Все {count} источника",
      "sources.counts.few": "{count}",
      "app.titel": "Silk Road Ledger",
    };
    expect(catalogProblems(catalog)).toEqual([
      "missing app.title",
      "present.step: {count}, {n} where English has {n}, {total}",
      "unknown sources.counts.few",
      "unknown app.titel",
    ]);
  });
});
