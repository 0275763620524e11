import { describe, expect, it, vi } from "vitest";
import { english as messages } from "../i18n/allCatalogs";
import { CATALOG_PARTS, partOfKey } from "../i18n/parts";
import { hasCatalog, LANGUAGE_CODES, loadCatalog, pluralTranslator, translator } from "./i18n";

describe("translator", () => {
  const t = translator("en");

  it("fills variables", () => {
    expect(t("present.step", { n: 2, total: 5 })).toBe("Step 2 of 5");
  });

  it('ends a sentence once where a value ends with an abbreviation\'s full stop (Russian dates: "1992 г.")', () => {
    expect(t("present.s1.caption", { date: "3 января 1992 г.", value: "368 млн $" })).toContain("3 января 1992 г. That year");
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
    expect(tn("sources.count", 1234)).toBe("1,234 sources");
  });

  it("falls back to English forms for a language without a catalog", () => {
    expect(pluralTranslator("xx")("sources.count", 2)).toBe("2 sources");
  });
});

const PLURAL_FORM = /^(.+)\.(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
/** The keys English gives in plural forms ("one" and "other"), without the form: "sources.count". */
const PLURAL_BASES = new Set(
  Object.keys(messages).flatMap((key) => {
    const base = key.slice(0, -".other".length);
    return key.endsWith(".other") && `${base}.one` in messages ? [base] : [];
  }),
);

/**
 * What a catalog gets wrong next to English: a missing key, a plural form its language lacks (all of
 * Intl.PluralRules' categories for it: Russian's "few" and "many", Chinese's "other" alone), a key English does
 * not have or a form the language does not use, or placeholders other than the English message's.
 */
function catalogProblems(lang: string, catalog: Record<string, string>, english: Record<string, string> = messages): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const isPluralForm = (key: string) => PLURAL_BASES.has(PLURAL_FORM.exec(key)?.[1] ?? "");
  const required = [
    ...Object.keys(english).filter((key) => !isPluralForm(key)),
    ...[...PLURAL_BASES].flatMap((base) => categories.map((category) => `${base}.${category}`)),
  ];
  const problems = required.filter((key) => !(key in catalog)).map((key) => `missing ${key}`);
  for (const [key, text] of Object.entries(catalog)) {
    const form = PLURAL_FORM.exec(key);
    const plural = form !== null && PLURAL_BASES.has(form[1]!);
    const reference = plural ? (english[key] ?? english[`${form[1]}.other`]) : english[key];
    if (reference === undefined || (plural && !categories.includes(form[2] as Intl.LDMLPluralRule))) problems.push(`unknown ${key}`);
    else if (placeholders(text).join() !== placeholders(reference).join())
      problems.push(`${key}: {${placeholders(text).join("}, {")}} where English has {${placeholders(reference).join("}, {")}}`);
  }
  return problems;
}

const catalogModules = import.meta.glob<{ messages?: Record<string, string> }>("../i18n/*/*.ts", { eager: true });
/** Every catalog file: src/i18n/<language>/<part>.ts. */
const partFiles = Object.entries(catalogModules).map(([path, mod]) => {
  const [, lang, part] = /([\w-]+)\/([\w-]+)\.ts$/.exec(path)!;
  return { lang: lang!, part: part!, messages: mod.messages ?? {} };
});
/** Each language's catalog, its parts together. */
const catalogFiles = [...new Set(partFiles.map((file) => file.lang))].map((lang) => ({
  lang,
  messages: Object.assign({}, ...partFiles.filter((file) => file.lang === lang).map((file) => file.messages)) as Record<string, string>,
}));

describe("catalogs", () => {
  it("has no empty message", () => {
    for (const { lang, messages: catalog } of catalogFiles)
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), `${lang} ${key}`).not.toBe("");
  });

  it("each have every English key in the plural forms of their language, with the same placeholders", () => {
    expect(catalogFiles.length).toBeGreaterThanOrEqual(1);
    for (const { lang, messages: catalog } of catalogFiles) expect(catalogProblems(lang, catalog), lang).toEqual([]);
  });

  it("are the languages the site offers, each with a catalog file", () => {
    expect([...LANGUAGE_CODES].sort()).toEqual(catalogFiles.map((c) => c.lang).sort());
    expect(LANGUAGE_CODES[0]).toBe("en");
  });

  it("are in the same parts in every language, each key in the part its first segment names", () => {
    const parts = ["core", ...Object.keys(CATALOG_PARTS)].sort();
    for (const lang of LANGUAGE_CODES)
      expect(
        partFiles.filter((file) => file.lang === lang).map((file) => file.part),
        lang,
      ).toEqual(expect.arrayContaining(parts));
    const misplaced = partFiles.flatMap(({ lang, part, messages: catalog }) =>
      Object.keys(catalog)
        .filter((key) => partOfKey(key) !== part)
        .map((key) => `${lang}/${part}: ${key} belongs in ${partOfKey(key)}`),
    );
    expect(misplaced).toEqual([]);
    expect(partOfKey("trade.title")).toBe("trade");
    expect(partOfKey("notes.s1")).toBe("classroom");
    expect(partOfKey("app.title")).toBe("core");
  });

  it("catch a missing key or plural form, an unknown one and a changed placeholder", () => {
    const { "app.title": _dropped, "sources.count.one": _one, ...rest } = messages;
    const russian: Record<string, string> = {
      ...rest,
      "present.step": "Шаг {n} из {count}",
      "sources.count.few": "Все {count} источника",
      "sources.count.many": "Все {count} источников",
      "sources.counts.few": "{count}",
      "app.titel": "Silk Road Ledger",
    };
    const problems = catalogProblems("ru", russian);
    expect(problems).toContain("missing app.title");
    expect(problems).toContain("missing sources.count.one");
    expect(problems).toContain("present.step: {count}, {n} where English has {n}, {total}");
    expect(problems).toContain("unknown sources.counts.few");
    expect(problems).toContain("unknown app.titel");
    // Russian needs four forms of every plural key: the other keys lack "few" and "many".
    expect(problems).toContain("missing investment.deals.few");
    expect(problems).not.toContain("missing sources.count.few");
  });

  it("ask Chinese for the one form its language has, and refuse an English-only form", () => {
    const chinese: Record<string, string> = Object.fromEntries(Object.entries(messages).filter(([key]) => !key.endsWith(".one")));
    expect(catalogProblems("zh", chinese)).toEqual([]);
    expect(catalogProblems("zh", { ...chinese, "sources.count.one": "{count}个来源" })).toEqual(["unknown sources.count.one"]);
  });
});

describe("loadCatalog", () => {
  it("resolves at once for English and for a language the site does not speak (its pages are in English)", async () => {
    expect(hasCatalog("en")).toBe(true);
    expect(hasCatalog("xx")).toBe(true);
    await expect(loadCatalog("en")).resolves.toBeUndefined();
  });
});

describe("catalog parts", () => {
  // A fresh copy of the module: the test setup has asked for every part of the shared one.
  const fresh = async () => {
    vi.resetModules();
    return import("./i18n");
  };

  it("load with the code that asks for them, in the languages the page has asked for, and not before", async () => {
    const i18n = await fresh();
    expect(i18n.hasCatalog("en")).toBe(true);
    // Not asked for yet: the key shows rather than another view's text, or nothing.
    expect(i18n.translator("en")("trade.why")).toBe("trade.why");
    await i18n.wantParts("trade");
    expect(i18n.translator("en")("trade.why")).toBe("Why do they differ?");
    expect(i18n.hasCatalog("zh")).toBe(false);
    await i18n.loadCatalog("zh");
    // A translator made earlier sees what loads later: views render with the one their page made.
    const zh = i18n.translator("zh");
    expect(i18n.hasCatalog("zh")).toBe(true);
    expect(zh("trade.why")).toBe("两者为什么不同？");
    expect(zh("present.next")).toBe("present.next");
    await i18n.wantParts("classroom");
    expect(zh("present.next")).toBe("下一步");
    // English was never asked for by this page: only the parts it had before.
    expect(i18n.translator("en")("present.next")).toBe("present.next");
  });
});
