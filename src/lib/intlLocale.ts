/**
 * The Intl data a browser has for a language. Chromium ships its ICU data without some languages' formats,
 * Kazakh among them: it writes 43.8 billion dollars as "$ 43.8G" and September 2019 as "2019 M09". For such a
 * language the numbers go through one that writes them the same way (Kazakh: Russian, "43,8 млрд $"), and the
 * dates through the language's own month names (CLDR's), below.
 */
const NUMBERS_AS: Readonly<Record<string, string>> = { kk: "ru" };

/** CLDR's Kazakh month names, standalone and in dates alike. */
const KK_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
] as const;

const known = new Map<string, boolean>();

/** Whether the runtime formats the language's dates and numbers itself: it names January, not "M01". */
export function hasLocaleData(lang: string): boolean {
  let has = known.get(lang);
  if (has === undefined) {
    const january = new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, 0, 15));
    has = !/^M0?1$/.test(january);
    known.set(lang, has);
  }
  return has;
}

/** The locale to format a language's numbers with: its own, or one that writes numbers the same way. */
export function numberLocale(lang: string): string {
  return hasLocaleData(lang) ? lang : (NUMBERS_AS[lang] ?? lang);
}

/**
 * A date in a language the runtime has no date formats for, as CLDR writes it ("2019 ж. 11 қыркүйек",
 * "2019 ж. қыркүйек", "2019"); null for a language with its own formats or none known here.
 */
export function fallbackDate(lang: string, time: number, precision: "day" | "month" | "year"): string | null {
  return lang === "kk" && !hasLocaleData(lang) ? kazakhDate(time, precision) : null;
}

/** A date written as CLDR writes Kazakh dates, with its month names (exported for its test). */
export function kazakhDate(time: number, precision: "day" | "month" | "year"): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = KK_MONTHS[date.getUTCMonth()]!;
  if (precision === "year") return String(year);
  return precision === "month" ? `${year} ж. ${month}` : `${year} ж. ${date.getUTCDate()} ${month}`;
}
