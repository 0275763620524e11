import { createContext, useContext } from "react";
import type { Formatters } from "./format";
import type { Translate, TranslatePlural } from "./i18n";

export interface Locale {
  lang: string;
  t: Translate;
  /** Plural-aware: tn("sources.count", 3). */
  tn: TranslatePlural;
  fmt: Formatters;
}

export const LocaleContext = createContext<Locale | null>(null);

/** The active language with its translator and Intl formatters. */
export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error("useLocale must be used inside <LocaleProvider>");
  return locale;
}
