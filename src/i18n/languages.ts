/** A language the site speaks: its BCP 47 code, its name in itself, and its writing direction. */
export interface LanguageInfo {
  code: string;
  nativeName: string;
  dir: "ltr" | "rtl";
}

/**
 * The languages the site speaks, English first: the reference and the default. Each has its catalog in
 * src/i18n/<code>/, in parts loaded only on a page in that language (lib/i18n.ts); the names here are all a page
 * needs of the others, for its language switcher.
 */
export const LANGUAGES: readonly LanguageInfo[] = [
  { code: "en", nativeName: "English", dir: "ltr" },
  { code: "zh", nativeName: "中文", dir: "ltr" },
  { code: "ru", nativeName: "Русский", dir: "ltr" },
  { code: "kk", nativeName: "Қазақша", dir: "ltr" },
];
