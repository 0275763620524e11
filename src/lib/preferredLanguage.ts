/**
 * The language a page opens in when its address names none: the reader's own choice from an earlier visit, else
 * the first of the browser's languages the site speaks, else none (the default, English). Embeds never guess:
 * they speak what their host asks for (`lang=` or its message).
 */
const KEY = "silk-road-ledger:lang";

/** The first of `preferred` (BCP 47 tags, most wanted first) that the site speaks, by its primary language. */
export function matchLanguage(preferred: readonly string[], supported: readonly string[]): string | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? "";
    if (supported.includes(primary)) return primary;
  }
  return null;
}

/** The language to open in when the address names none; null for the default. */
export function openingLanguage(stored: string | null, preferred: readonly string[], supported: readonly string[]): string | null {
  if (stored !== null && supported.includes(stored)) return stored;
  return matchLanguage(preferred, supported);
}

/** The choice made with the language picker, if storage can be read (it cannot in some embedded or private pages). */
export function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Remembers the reader's choice for the next visit without `lang=`. */
export function rememberLanguage(lang: string): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Storage refused (private mode, a sandboxed frame): the choice lasts as long as the address that carries it.
  }
}
