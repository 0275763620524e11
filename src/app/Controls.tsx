import { LANGUAGE_CODES, languageInfo } from "../lib/i18n";
import { useLocale } from "../lib/locale";
import { useUrlState } from "../lib/useUrlState";
import { THEMES, type Theme } from "../lib/urlState";

/** Language and theme pickers; both write to the URL so a shared link keeps them. */
export function Controls() {
  const { t } = useLocale();
  const [{ lang, theme }, update] = useUrlState();
  return (
    <div className="controls">
      {LANGUAGE_CODES.length > 1 && (
        <label className="control">
          <span className="control__label">{t("controls.language")}</span>
          <select value={lang} onChange={(e) => update({ lang: e.target.value })}>
            {LANGUAGE_CODES.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageInfo(code).nativeName}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="control">
        <span className="control__label">{t("controls.theme")}</span>
        <select value={theme} onChange={(e) => update({ theme: e.target.value as Theme })}>
          {THEMES.map((name) => (
            <option key={name} value={name}>
              {t(`theme.${name}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
