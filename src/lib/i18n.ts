import { messages as en, type MessageKey } from "../i18n/en";
import { LANGUAGES, type LanguageInfo } from "../i18n/languages";
import { once } from "./format";
import { numberLocale } from "./intlLocale";

export type { MessageKey };
/** Keys that come in plural forms: "<base>.one", "<base>.other", and whatever else the language needs. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other` ? (`${Base}.one` extends MessageKey ? Base : never) : never;
}[MessageKey];
/** A plural form of a key, in any of CLDR's categories: Russian's "few" and "many" as well as English's "one". */
export type PluralFormKey = `${PluralKey}.${Intl.LDMLPluralRule}`;
export type Catalog = Partial<Record<MessageKey | PluralFormKey, string>>;

// A language's catalog is its own chunk, loaded on a page in that language only; English, the reference, is in
// every page's code. Adding a language is adding its file to src/i18n/ and its entry to languages.ts.
const loaders = import.meta.glob<Catalog>(["../i18n/*.ts", "!../i18n/en.ts", "!../i18n/languages.ts", "!../i18n/*.test.ts"], {
  import: "messages",
});
const catalogs = new Map<string, Catalog>([["en", en]]);

/** Language codes the site speaks, English first (the default). */
export const LANGUAGE_CODES: readonly string[] = LANGUAGES.map((l) => l.code);

export function languageInfo(code: string): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
}

const loading = new Map<string, Promise<void>>();

/** Whether a language's catalog is in memory, so its pages render without waiting. */
export function hasCatalog(lang: string): boolean {
  return catalogs.has(lang) || !LANGUAGE_CODES.includes(lang);
}

/**
 * Loads a language's catalog, once. A language the site does not speak has none to load: its pages are in
 * English, the default. A failed load is told to the caller and tried again on the next call.
 */
export function loadCatalog(lang: string): Promise<void> {
  if (hasCatalog(lang)) return Promise.resolve();
  const load = loaders[`../i18n/${lang}.ts`];
  if (!load) return Promise.reject(new Error(`No catalog file for the language "${lang}"`));
  let pending = loading.get(lang);
  if (!pending) {
    pending = load().then(
      (catalog) => void catalogs.set(lang, catalog),
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;
export type TranslatePlural = (key: PluralKey, count: number, vars?: Vars) => string;

function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  // A value that ends with an abbreviation's full stop (Russian dates: "3 января 1992 г.") ends a sentence with it.
  return filled.replace(/(\s(?:г|гг|ж)\.)\./g, "$1");
}

/** A translator for one language; unknown keys fall back to English, unknown {vars} stay visible. */
export function translator(lang: string): Translate {
  const catalog = catalogs.get(lang) ?? {};
  return (key, vars) => fill(catalog[key] ?? en[key], vars);
}

/** Picks the plural form the language's rules (Intl.PluralRules) call for; `{count}` is the formatted count. */
export function pluralTranslator(lang: string): TranslatePlural {
  const catalog: Record<string, string | undefined> = catalogs.get(lang) ?? {};
  const english: Record<string, string | undefined> = en;
  // Made on first use (format.ts): a page that shows no count does not load the plural rules.
  const rules = once(() => new Intl.PluralRules(lang));
  const englishRules = once(() => new Intl.PluralRules("en"));
  const number = once(() => new Intl.NumberFormat(numberLocale(lang)));
  return (key, count, vars) => {
    const own = catalog[`${key}.${rules().select(count)}`] ?? catalog[`${key}.other`];
    const template = own ?? english[`${key}.${englishRules().select(count)}`] ?? english[`${key}.other`] ?? key;
    return fill(template, { ...vars, count: number().format(count) });
  };
}
