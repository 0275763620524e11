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

/**
 * The locale to format a language's numbers with: its own, or one that writes numbers the same way (Kazakh: Russian,
 * in every runtime, so a page prerendered in Node, which has Kazakh's formats, reads the same in a browser without).
 */
export function numberLocale(lang: string): string {
  return NUMBERS_AS[lang] ?? lang;
}

/**
 * The locale to sort a language's words with, the same in every runtime. Kazakh sorts as Russian does (Cyrillic
 * before Latin): Chromium's Kazakh collation puts Latin first while Node's puts Cyrillic first, so a list sorted on
 * the server would be re-sorted in the browser.
 */
export function collationLocale(lang: string): string {
  return lang === "kk" ? "ru" : lang;
}

/** A percentage as the language writes it, where its stand-in writes it otherwise: Kazakh "45,6%", Russian "45,6 %". */
export function percentText(lang: string, text: string): string {
  return lang === "kk" ? text.replace(/[\s\u00a0\u202f]%/g, "%") : text;
}

/**
 * A date in a language the runtime has no date formats for, as CLDR writes it ("2019 ж. 11 қыркүйек",
 * "2019 ж. қыркүйек", "2019"); null for a language with its own formats or none known here.
 */
export function fallbackDate(lang: string, time: number, precision: "day" | "month" | "year"): string | null {
  return lang === "kk" && !hasLocaleData(lang) ? kazakhDate(time, precision) : null;
}

/** Two dates as one range in a language the runtime has no date formats for; null as for `fallbackDate`. */
export function fallbackDateRange(lang: string, from: number, to: number, precision: "day" | "month" | "year"): string | null {
  return lang === "kk" && !hasLocaleData(lang) ? kazakhDateRange(from, to, precision) : null;
}

/** A date written as CLDR writes Kazakh dates, with its month names (exported for its test). */
export function kazakhDate(time: number, precision: "day" | "month" | "year"): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = KK_MONTHS[date.getUTCMonth()]!;
  if (precision === "year") return String(year);
  return precision === "month" ? `${year} ж. ${month}` : `${year} ж. ${date.getUTCDate()} ${month}`;
}

/**
 * Two dates as one range, as CLDR writes Kazakh ranges (what Node's full ICU writes and Chromium cannot): sharing
 * what they share, "2005 ж. 26–27 қазан", "2005 ж. қазан – қараша", "2005–2006" (exported for its test).
 */
export function kazakhDateRange(from: number, to: number, precision: "day" | "month" | "year"): string {
  const a = new Date(from);
  const b = new Date(to);
  const [y1, y2] = [a.getUTCFullYear(), b.getUTCFullYear()];
  const [m1, m2] = [KK_MONTHS[a.getUTCMonth()]!, KK_MONTHS[b.getUTCMonth()]!];
  const [d1, d2] = [a.getUTCDate(), b.getUTCDate()];
  const one = kazakhDate(from, precision);
  const other = kazakhDate(to, precision);
  if (one === other) return one;
  if (precision === "year") return `${y1}–${y2}`;
  if (y1 !== y2) return `${one} – ${other}`;
  if (precision === "month") return `${y1} ж. ${m1} – ${m2}`;
  return m1 === m2 ? `${y1} ж. ${d1}–${d2} ${m1}` : `${y1} ж. ${d1} ${m1} – ${d2} ${m2}`;
}

/** What the site needs of a list format: a list of words as one phrase. */
export interface ListFormatter {
  format(items: Iterable<string>): string;
}

/**
 * A list in the reader's language ("a, b and c", "a және b"), through Intl.ListFormat where the runtime has the
 * language's list patterns, and CLDR's patterns where it has not (Chromium's Kazakh lists read "a, b").
 */
export function listFormat(lang: string, options: { type: "conjunction" | "unit"; style: "long" | "short" }): ListFormatter {
  if (lang === "kk" && !hasLocaleData(lang)) return { format: (items) => kazakhList([...items], options.type) };
  return new Intl.ListFormat(lang, options);
}

/** Between separate entries, in each language that writes it otherwise than "; " (CLDR has no such list). */
const ENTRY_SEPARATORS: Partial<Record<string, string>> = { zh: "；" };

/** Entries side by side ("A; B", "A；B"), each of which may hold commas: sources, owners, dates with their labels. */
export function entryList(lang: string, items: readonly string[]): string {
  // The one place entries are joined: with the language's own separator.
  return items.join(ENTRY_SEPARATORS[lang] ?? "; ");
}

/** A list as CLDR writes Kazakh lists: "a және b", "a, b, c"; units "a b c" (exported for its test). */
export function kazakhList(items: readonly string[], type: "conjunction" | "unit"): string {
  if (type === "unit") return items.join(" ");
  // CLDR's Kazakh patterns, written out where the browser has none.
  // eslint-disable-next-line local/no-text-concatenation
  return items.length === 2 ? `${items[0]} және ${items[1]}` : items.join(", ");
}
