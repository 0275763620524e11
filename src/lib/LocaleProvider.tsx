import { useEffect, useMemo, useState, type ReactNode } from "react";
import { formatters } from "./format";
import { hasCatalog, languageInfo, loadCatalog, pluralTranslator, translator } from "./i18n";
import { LocaleContext } from "./locale";
import { applyLanguage } from "./theme";

/** What else a page needs before it shows a language, beside its catalog (the page's data in it: data/languageSwitch). */
export interface LanguageNeeds {
  has(to: string, from: string): boolean;
  load(to: string, from: string): Promise<unknown>;
}

/**
 * Provides the language's translator and formatters to everything below. A page's first language is loaded
 * before it renders (main.tsx, and the prerender on the server); a language chosen later shows once its catalog
 * (and whatever `needs` names: the page's data in it) has come, the page staying in the one before until then
 * rather than flashing English or a loading state.
 */
export function LocaleProvider({ lang, needs, children }: { lang: string; needs?: LanguageNeeds; children: ReactNode }) {
  // The language last shown whole: what the page stays in while another loads.
  const [settled, setSettled] = useState(() => (hasCatalog(lang) ? lang : "en"));
  const shown = hasCatalog(lang) && (settled === lang || (needs?.has(lang, settled) ?? true)) ? lang : settled;
  // Shown whole now: the language to stay in should the next one take time to load.
  if (shown !== settled) setSettled(shown);
  useEffect(() => {
    if (shown === lang) return;
    let live = true;
    // Without its catalog the page stays in the language before; without a file, it changes all the same, and the
    // view that reads the file says what failed.
    Promise.all([loadCatalog(lang), needs?.load(lang, settled).catch(warn)]).then(() => live && setSettled(lang), warn);
    return () => {
      live = false;
    };
  }, [lang, shown, settled, needs]);
  // <html lang> and dir follow the language shown, so a screen reader speaks it in its own voice.
  useEffect(() => applyLanguage(shown, languageInfo(shown).dir), [shown]);
  const value = useMemo(() => ({ lang: shown, t: translator(shown), tn: pluralTranslator(shown), fmt: formatters(shown) }), [shown]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

function warn(error: unknown): void {
  console.warn(`[silk-road-ledger] ${error instanceof Error ? error.message : String(error)}`);
}
