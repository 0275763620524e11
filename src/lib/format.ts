import type { DatePrecision } from "../data/schemas/common";
import { formatPartialDate } from "./partialDate";
import { entryList, listFormat, numberLocale, percentText } from "./intlLocale";
import { keptBy } from "./kept";

/** Formatters for one language. Money in the data is in millions of US dollars. */
export interface Formatters {
  /** "$41B", "$368M": compact, for headlines and axes. */
  usdCompact: (millions: number) => string;
  /** "$41,020,000,000"-style exact figure, for tables and tooltips. */
  usdExact: (millions: number) => string;
  number: (n: number) => string;
  /** A multiple such as 111 or 6.2, to at most two significant digits below 10. */
  multiple: (n: number) => string;
  percent: (fraction: number, signed?: boolean) => string;
  /** A date at year, month or day precision. */
  date: (iso: string, precision: DatePrecision) => string;
  /** A list: "A, B and C". */
  list: (items: string[]) => string;
  /** Separate entries side by side, in a cell or a line ("A; B; C", "A；B；C"): names that may hold commas. */
  entries: (items: readonly string[]) => string;
}

const cache = new Map<string, Formatters>();

export function formatters(lang: string): Formatters {
  const hit = cache.get(lang);
  if (hit) return hit;
  // Each formatter is made when first used: making one loads the language's data, which costs a page's first
  // render time it need not spend on formats it does not show.
  const compact = once(
    () =>
      new Intl.NumberFormat(numberLocale(lang), { style: "currency", currency: "USD", notation: "compact", maximumSignificantDigits: 3 }),
  );
  const exact = once(() => new Intl.NumberFormat(numberLocale(lang), { style: "currency", currency: "USD", maximumFractionDigits: 0 }));
  const plain = once(() => new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 2 }));
  const mult = once(() => new Intl.NumberFormat(numberLocale(lang), { maximumSignificantDigits: 2 }));
  const multBig = once(() => new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 0 }));
  const pct = once(() => new Intl.NumberFormat(numberLocale(lang), { style: "percent", maximumFractionDigits: 1 }));
  const pctSigned = once(
    () => new Intl.NumberFormat(numberLocale(lang), { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }),
  );
  const list = once(() => listFormat(lang, { style: "long", type: "conjunction" }));
  const f: Formatters = {
    usdCompact: remembered((m) => compact().format(m * 1e6)),
    usdExact: remembered((m) => exact().format(m * 1e6)),
    number: remembered((n) => plain().format(n)),
    multiple: (n) => (n >= 10 ? multBig() : mult()).format(n),
    percent: (x, signed = false) => percentText(lang, (signed ? pctSigned() : pct()).format(x)),
    date: (iso, precision) => formatPartialDate(lang, iso, precision),
    list: (items) => list().format(items),
    entries: (items) => entryList(lang, items),
  };
  cache.set(lang, f);
  return f;
}

/**
 * A number's text, kept by value: a page's charts and tables format the same values many times over (ticks, labels,
 * tables, their accessible names), and a compact currency format is among Intl's slowest.
 */
function remembered(format: (n: number) => string): (n: number) => string {
  const kept = keptBy<number, string>(2000);
  return (n) => kept(n, () => format(n));
}

/** A value made on first use, then kept. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
