import type { messages as EnClassroom } from "../i18n/en/classroom";
import { messages as enCore } from "../i18n/en/core";
import type { messages as EnInvestment } from "../i18n/en/investment";
import type { messages as EnMap } from "../i18n/en/map";
import type { messages as EnTimeline } from "../i18n/en/timeline";
import type { messages as EnTrade } from "../i18n/en/trade";
import { LANGUAGES, type LanguageInfo } from "../i18n/languages";
import { PART_NAMES, type CatalogFile, type CatalogPart } from "../i18n/parts";
import { once } from "./format";
import { numberLocale } from "./intlLocale";
import { failedUrl, retryAddress } from "./loadFailure";

/** A key of the catalogs: English's, the reference, in all its parts. */
export type MessageKey =
  | keyof typeof enCore
  | keyof typeof EnTrade
  | keyof typeof EnInvestment
  | keyof typeof EnTimeline
  | keyof typeof EnMap
  | keyof typeof EnClassroom;
/** Keys that come in plural forms: "<base>.one", "<base>.other", and whatever else the language needs. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other` ? (`${Base}.one` extends MessageKey ? Base : never) : never;
}[MessageKey];
/** A plural form of a key, in any of CLDR's categories: Russian's "few" and "many" as well as English's "one". */
export type PluralFormKey = `${PluralKey}.${Intl.LDMLPluralRule}`;
export type Catalog = Partial<Record<MessageKey | PluralFormKey, string>>;

// A language's catalog is in parts (src/i18n/parts.ts), each its own chunk: a page loads its language's "core" and
// the parts its code asks for (wantParts), in that language only. English's core, the reference and the fallback,
// is in every page's code. Adding a language is adding its folder to src/i18n/ and its entry to languages.ts.
const loaders = import.meta.glob<Catalog>(["../i18n/*/*.ts", "!../i18n/en/core.ts", "!../i18n/**/*.test.ts"], {
  import: "messages",
});

/** Language codes the site speaks, English first (the default). */
export const LANGUAGE_CODES: readonly string[] = LANGUAGES.map((l) => l.code);

export function languageInfo(code: string): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
}

/**
 * Each language's messages so far, one object per language that its parts are merged into as they come: a
 * translator made before a part came finds the part's messages in it all the same.
 */
const catalogs = new Map<string, Record<string, string | undefined>>([["en", { ...enCore }]]);
/** The parts in each language's object. */
const loadedParts = new Map<string, Set<CatalogFile>>([["en", new Set(["core"])]]);
const loading = new Map<string, Promise<void>>();
/** The address each part failed to load from, to load it from afresh next time. */
const failedAt = new Map<string, string>();
/** The parts the page's code has asked for: every language the page shows loads them with its core. */
const wanted = new Set<CatalogPart>();
/** The languages the page has asked for: a part asked for later loads in each of them. */
const requested = new Set<string>();

function catalogOf(lang: string): Record<string, string | undefined> {
  let catalog = catalogs.get(lang);
  if (!catalog) catalogs.set(lang, (catalog = {}));
  return catalog;
}

function hasPart(lang: string, part: CatalogFile): boolean {
  return loadedParts.get(lang)?.has(part) ?? false;
}

/** Loads one part of a language's catalog, once; a failed load is told to the caller and tried again on the next call. */
function loadPart(lang: string, part: CatalogFile): Promise<void> {
  if (hasPart(lang, part)) return Promise.resolve();
  const load = loaders[`../i18n/${lang}/${part}.ts`];
  if (!load) return Promise.reject(new Error(`No catalog file for the language "${lang}" (${part})`));
  const id = `${lang}/${part}`;
  let pending = loading.get(id);
  if (!pending) {
    // A part that failed before is asked for under an address of its own, as a view's code is (retryableLazy.ts).
    const failed = failedAt.get(id);
    const attempt = failed
      ? (import(/* @vite-ignore */ retryAddress(failed).href) as Promise<{ messages: Catalog }>).then((module) => module.messages)
      : load();
    pending = attempt.then(
      (messages) => {
        Object.assign(catalogOf(lang), messages);
        let parts = loadedParts.get(lang);
        if (!parts) loadedParts.set(lang, (parts = new Set()));
        parts.add(part);
        loading.delete(id);
      },
      (error: unknown) => {
        loading.delete(id);
        const url = failedUrl(error);
        if (url) failedAt.set(id, url);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** Whether a language's catalog, with every part the page has asked for, is in memory, so its pages render without waiting. */
export function hasCatalog(lang: string): boolean {
  if (!LANGUAGE_CODES.includes(lang)) return true;
  return hasPart(lang, "core") && [...wanted].every((part) => hasPart(lang, part));
}

/**
 * Loads a language's catalog: its core and every part the page has asked for. A language the site does not speak
 * has none to load: its pages are in English, the default. A failed load is told to the caller and tried again on
 * the next call.
 */
export function loadCatalog(lang: string): Promise<void> {
  if (!LANGUAGE_CODES.includes(lang)) return Promise.resolve();
  requested.add(lang);
  if (hasCatalog(lang)) return Promise.resolve();
  return Promise.all((["core", ...wanted] as CatalogFile[]).map((part) => loadPart(lang, part))).then(() => undefined);
}

/**
 * Asks for parts of the catalog, for code about to render their messages (a view, the classroom pages): they load
 * in every language the page has asked for, and in any it asks for later. Resolves once they are in memory.
 */
export function wantParts(...parts: CatalogPart[]): Promise<void> {
  for (const part of parts) wanted.add(part);
  const languages = requested.size ? [...requested] : ["en"];
  return Promise.all(languages.flatMap((lang) => parts.map((part) => loadPart(lang, part)))).then(() => undefined);
}

/** Asks for every part: a page prerendered on the server, or a test, draws any view in any language. */
export function wantAllParts(): Promise<void> {
  return wantParts(...PART_NAMES);
}

/** Whether English, the reference, has a message for a key built at run time (a CSV column's name). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogOf("en"), key);
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
  const catalog = catalogOf(lang);
  const english = catalogOf("en");
  return (key, vars) => fill(catalog[key] ?? english[key] ?? key, vars);
}

/** Picks the plural form the language's rules (Intl.PluralRules) call for; `{count}` is the formatted count. */
export function pluralTranslator(lang: string): TranslatePlural {
  const catalog = catalogOf(lang);
  const english = catalogOf("en");
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
