import type { LocalizedText } from "./schemas/common";
import { LANGUAGES, type DataLanguage } from "./vocabulary";

/**
 * A dataset as a page in one language reads it: every text a reader sees (`{ en, zh, ru, kk }` in the file)
 * is the string in that language; everything else as in the file.
 */
export type InLanguage<T> = T extends LocalizedText ? string : T extends object ? { [K in keyof T]: InLanguage<T[K]> } : T;

/** True for `{ en, zh, ru, kk }` with a string in each and no other key: a text in every language. */
export function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return (
    keys.length === LANGUAGES.length && LANGUAGES.every((lang) => typeof (value as Partial<Record<string, unknown>>)[lang] === "string")
  );
}

function pick(value: unknown, lang: DataLanguage): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => pick(item, lang));
  if (value === null || typeof value !== "object") return value;
  if (isLocalizedText(value)) return value[lang];
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pick(item, lang)]));
}

/** The language a page's data is read in: the page's, or English where the data has no such language. */
export function dataLanguage(lang: string): DataLanguage {
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as DataLanguage) : "en";
}

const cache = new WeakMap<object, Map<string, unknown>>();

/**
 * The dataset in `lang` (English for a language the data does not have). The same file in the same language is
 * the same object on every call, so views and memos that read it see no change when nothing changed.
 */
export function inLanguage<T>(data: T, lang: string): InLanguage<T> {
  if (data === null || typeof data !== "object") return data as InLanguage<T>;
  const language = dataLanguage(lang);
  let byLanguage = cache.get(data);
  if (!byLanguage) cache.set(data, (byLanguage = new Map()));
  if (!byLanguage.has(language)) byLanguage.set(language, pick(data, language));
  return byLanguage.get(language) as InLanguage<T>;
}
