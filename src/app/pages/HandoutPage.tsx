import { useCallback, useState } from "react";
import { useLocale } from "../../lib/locale";
import { languageQuery, pageAddress } from "../../lib/pageAddress";
import { LanguagePicker } from "../Controls";
import { HandoutDocument } from "./handout/HandoutDocument";
import { usePrintWhenReady } from "./handout/usePrintWhenReady";

/** `/handout`: the classroom story as a printed handout, read on screen as a document with a Print button. */
export function HandoutPage() {
  const { t, lang } = useLocale();
  // The presentation opens in the handout's language.
  const present = pageAddress(import.meta.env.BASE_URL, "present/", languageQuery(lang));
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
  const [print, waiting] = usePrintWhenReady(ready);
  return (
    <main className="page page--handout">
      <div className="handout-toolbar">
        <p className="handout-toolbar__hint">{t("handout.printHint")}</p>
        <LanguagePicker />
        <a className="handout-toolbar__link" href={present}>
          {t("handout.toPresent")}
        </a>
        <button type="button" className="button" onClick={print} aria-disabled={waiting || undefined}>
          {t("handout.print")}
        </button>
        <p className="handout-toolbar__status" role="status">
          {waiting ? t("handout.preparing") : ""}
        </p>
      </div>
      <HandoutDocument onReady={onReady} />
    </main>
  );
}
