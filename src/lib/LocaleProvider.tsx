import { useMemo, type ReactNode } from "react";
import { formatters } from "./format";
import { pluralTranslator, translator } from "./i18n";
import { LocaleContext } from "./locale";

/** Provides the language's translator and formatters to everything below. */
export function LocaleProvider({ lang, children }: { lang: string; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang), tn: pluralTranslator(lang), fmt: formatters(lang) }), [lang]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
