import { useEffect, useMemo, useState, type ReactNode } from "react";
import { formatters } from "./format";
import { hasCatalog, languageInfo, loadCatalog, pluralTranslator, translator } from "./i18n";
import { LocaleContext } from "./locale";
import { applyLanguage } from "./theme";

/**
 * Provides the language's translator and formatters to everything below. A page's first language is loaded
 * before it renders (main.tsx, and the prerender on the server); a language chosen later shows once its catalog
 * has come, the page staying in the one before until then rather than flashing English.
 */
export function LocaleProvider({ lang, children }: { lang: string; children: ReactNode }) {
  const [ready, setReady] = useState(() => (hasCatalog(lang) ? lang : "en"));
  const shown = hasCatalog(lang) ? lang : ready;
  useEffect(() => {
    if (hasCatalog(lang)) return;
    let live = true;
    loadCatalog(lang).then(
      () => live && setReady(lang),
      (error: unknown) => console.warn(`[silk-road-ledger] ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  // <html lang> and dir follow the language shown, so a screen reader speaks it in its own voice.
  useEffect(() => applyLanguage(shown, languageInfo(shown).dir), [shown]);
  const value = useMemo(() => ({ lang: shown, t: translator(shown), tn: pluralTranslator(shown), fmt: formatters(shown) }), [shown]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
