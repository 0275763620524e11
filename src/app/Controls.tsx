import { LANGUAGE_CODES, languageInfo } from "../lib/i18n";
import { useLocale } from "../lib/locale";
import { useUrlState } from "../lib/useUrlState";
import { rememberLanguage } from "../lib/preferredLanguage";
import { THEMES, type Theme } from "../lib/urlState";

/** Language and theme pickers; both write to the URL so a shared link keeps them. */
export function Controls() {
  const { t } = useLocale();
  const [{ theme }, update] = useUrlState();
  return (
    <div className="controls">
      <LanguagePicker />
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

/** The language picker alone, each language named in itself; it writes `lang=` to the URL and remembers the choice. */
export function LanguagePicker() {
  const { t } = useLocale();
  const [{ lang }, update] = useUrlState();
  if (LANGUAGE_CODES.length < 2) return null;
  return (
    <label className="control">
      <span className="control__label">{t("controls.language")}</span>
      <select
        value={lang}
        onChange={(e) => {
          rememberLanguage(e.target.value);
          update({ lang: e.target.value });
        }}
      >
        {LANGUAGE_CODES.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageInfo(code).nativeName}
          </option>
        ))}
      </select>
    </label>
  );
}
