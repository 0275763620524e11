import { messages as en, meta as enMeta, type MessageKey } from "../i18n/en";
import { once } from "./format";

export type { MessageKey };
export type Catalog = Partial<Record<MessageKey, string>>;

interface CatalogModule {
  meta: { code: string; nativeName: string; dir: "ltr" | "rtl" };
  messages: Catalog;
}

// Adding a language is adding a file to src/i18n/: it is picked up here.
const modules = import.meta.glob<CatalogModule>("../i18n/*.ts", { eager: true });

const catalogs = new Map<string, CatalogModule>([[enMeta.code, { meta: enMeta, messages: en }]]);
for (const [path, mod] of Object.entries(modules)) {
  if (path.endsWith(".test.ts") || !mod.meta) continue;
  catalogs.set(mod.meta.code, mod);
}

/** Language codes with a catalog, English first (the default). */
export const LANGUAGE_CODES: readonly string[] = [enMeta.code, ...[...catalogs.keys()].filter((c) => c !== enMeta.code)];

export function languageInfo(code: string): CatalogModule["meta"] {
  return catalogs.get(code)?.meta ?? enMeta;
}

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;
/** Keys that come in plural forms: "<base>.one", "<base>.other", and whatever else the language needs. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];
export type TranslatePlural = (key: PluralKey, count: number, vars?: Vars) => string;

function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A translator for one language; unknown keys fall back to English, unknown {vars} stay visible. */
export function translator(lang: string): Translate {
  const catalog = catalogs.get(lang)?.messages ?? {};
  return (key, vars) => fill(catalog[key] ?? en[key], vars);
}

/** Picks the plural form the language's rules (Intl.PluralRules) call for; `{count}` is the formatted count. */
export function pluralTranslator(lang: string): TranslatePlural {
  const catalog: Record<string, string | undefined> = catalogs.get(lang)?.messages ?? {};
  const english: Record<string, string | undefined> = en;
  // Made on first use (format.ts): a page that shows no count does not load the plural rules.
  const rules = once(() => new Intl.PluralRules(lang));
  const englishRules = once(() => new Intl.PluralRules("en"));
  const number = once(() => new Intl.NumberFormat(lang));
  return (key, count, vars) => {
    const own = catalog[`${key}.${rules().select(count)}`] ?? catalog[`${key}.other`];
    const template = own ?? english[`${key}.${englishRules().select(count)}`] ?? english[`${key}.other`] ?? key;
    return fill(template, { ...vars, count: number().format(count) });
  };
}
