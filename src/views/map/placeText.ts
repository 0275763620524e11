import type { PartialDate } from "../../data/schemas/common";
import type { Cost, PlaceFeature } from "../../data/schemas/places";
import { MONEY_UNITS, type MoneyUnit } from "../../data/vocabulary";
import type { Locale } from "../../lib/locale";
import { placeName } from "../../data/derive/places";
import { rangeText } from "../../lib/rangeText";
import { precisionOf } from "../../lib/partialDate";
import { uniqueIds } from "../../lib/uniqueIds";
import { isApproximate, isDimmed, isTown, startYear } from "./compute";
import { numberLocale } from "../../lib/intlLocale";

export function formatDate({ fmt }: Locale, date: PartialDate): string {
  return fmt.date(date, precisionOf(date));
}

/** "Wind farm, operating since June 2021": what the place is and where it stands. */
export function placeStatusText(locale: Locale, f: PlaceFeature): string {
  const { t } = locale;
  const category = t(`map.category.${f.properties.category}`);
  if (isTown(f)) return category;
  const { operation } = f.properties.dates ?? {};
  const status =
    f.properties.status === "operating" && operation
      ? t("map.operatingSince", { date: formatDate(locale, operation) })
      : t(`map.statusInline.${f.properties.status}`);
  return `${category}, ${status}`;
}

/** Why a place is faded, or null: "not yet begun in 2013 (construction began 2019)". */
export function dimmedText(locale: Locale, f: PlaceFeature, year: number | null): string | null {
  if (!isDimmed(f, year)) return null;
  const start = startYear(f);
  if (start === null) return locale.t("map.notYetPlanned", { year: year ?? "" });
  return locale.t("map.notYet", { year: year ?? "", start });
}

/** The accessible name of a place on the map: name, what it is, its status, and any caveat. */
export function placeLabel(locale: Locale, f: PlaceFeature, year: number | null): string {
  const parts = [placeName(f), placeStatusText(locale, f)];
  const dimmed = dimmedText(locale, f, year);
  if (dimmed) parts.push(dimmed);
  if (isApproximate(f)) parts.push(locale.t(`map.precision.${f.properties.precision}`));
  return locale.fmt.entries(parts);
}

/** How many significant digits a figure has as written: 136.2 → 4, 1800 → 2, 700 → 1. */
export function significantDigits(n: number): number {
  for (let digits = 1; digits < 17; digits++) if (Number(n.toPrecision(digits)) === n) return digits;
  return 17;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** A compact currency format ("$1.8B", "KZT 14B"), cached per language, currency and digits. */
function moneyFormat(lang: string, currency: string, digits: number): Intl.NumberFormat {
  const key = `${lang}|${currency}|${digits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(lang), {
      style: "currency",
      currency,
      // Kazakh's stand-in, Russian, names the tenge "KZT"; Kazakh writes its sign.
      ...(lang === "kk" && { currencyDisplay: "narrowSymbol" }),
      notation: "compact",
      maximumSignificantDigits: digits,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * An amount in one of the data's money units, as compact as the app writes money elsewhere
 * ("$700M", "$1.8B", via `fmt.usdCompact`) but never dropping a digit the source gave ("$136.2M").
 * Tenge stays tenge ("KZT 14B").
 */
export function formatMoney({ fmt, lang }: Locale, value: number, unit: MoneyUnit): string {
  const digits = significantDigits(value);
  if (unit === "USD million" && digits <= 3) return fmt.usdCompact(value);
  const { currency, scale } = MONEY_UNITS[unit];
  return moneyFormat(lang, currency, Math.max(3, digits)).format(value * scale);
}

/** A range of money, shortened the language's way: "$1.8–2.1B". */
export function formatMoneyRange({ lang }: Locale, min: number, max: number, unit: MoneyUnit): string {
  const { currency, scale } = MONEY_UNITS[unit];
  const digits = Math.max(3, significantDigits(min), significantDigits(max));
  return rangeText(moneyFormat(lang, currency, digits).formatRange(min * scale, max * scale));
}

/** "about $150M", "$1.8–2.1B", "about KZT 14B (about $32.8M)": the amount as the source words it. */
export function costAmount(locale: Locale, cost: Cost): string {
  const { t } = locale;
  const amount =
    cost.qualifier === "range"
      ? formatMoneyRange(locale, cost.min, cost.max, cost.unit)
      : t(`map.cost.${cost.qualifier}`, { amount: formatMoney(locale, cost.value, cost.unit) });
  if (!cost.usdEquivalent) return amount;
  const usd = formatMoney(locale, cost.usdEquivalent.value, cost.usdEquivalent.unit);
  return t("map.cost.converted", { amount, usd: cost.qualifier === "range" ? usd : t(`map.cost.${cost.qualifier}`, { amount: usd }) });
}

/** "stage 1, as of 2006": what the amount pays for, and when it was given. */
export function costScope(locale: Locale, cost: Cost): string {
  return cost.asOf ? locale.t("map.cost.scopeAsOf", { covers: cost.covers, date: formatDate(locale, cost.asOf) }) : cost.covers;
}

/** One cost on one line: "about $150M (the wind farm), per Xinhua". */
export function costLine(locale: Locale, cost: Cost, sourceName: (id: string) => string): string {
  return locale.t("map.cost.line", {
    amount: costAmount(locale, cost),
    scope: costScope(locale, cost),
    sources: locale.fmt.list(uniqueIds(cost.sources.map(sourceName))),
  });
}

/** The line with its confidence unless verified, for the table: "$150M (…), per ORASAM (unverified)". */
export function costText(locale: Locale, cost: Cost, sourceName: (id: string) => string): string {
  const text = costLine(locale, cost, sourceName);
  return cost.confidence === "verified"
    ? text
    : locale.t("map.cost.flagged", { text, confidence: locale.t(`confidence.${cost.confidence}`) });
}
