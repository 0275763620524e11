import { precisionOf, type LocalizedName, type PartialDate } from "../../data/schemas/common";
import type { PlaceFeature } from "../../data/schemas/places";
import type { Locale } from "../../lib/locale";
import { isApproximate, isDimmed, isTown, startYear } from "./compute";

/** A place's name in the reader's language (every place has all four). */
export function placeName(f: PlaceFeature, lang: string): string {
  return f.properties.name[lang as keyof LocalizedName] ?? f.properties.name.en;
}

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
      : t(`map.status.${f.properties.status}`);
  return `${category}, ${status}`;
}

/** Why a place is faded, or null: "not yet begun in 2013 (construction began 2019)". */
export function dimmedText(locale: Locale, f: PlaceFeature, year: number | null): string | null {
  if (!isDimmed(f, year)) return null;
  return locale.t("map.notYet", { year: year ?? "", start: startYear(f) ?? "" });
}

/** The accessible name of a place on the map: name, what it is, its status, and any caveat. */
export function placeLabel(locale: Locale, f: PlaceFeature, year: number | null): string {
  const parts = [placeName(f, locale.lang), placeStatusText(locale, f)];
  const dimmed = dimmedText(locale, f, year);
  if (dimmed) parts.push(dimmed);
  if (isApproximate(f)) parts.push(locale.t(`map.precision.${f.properties.precision}`));
  return parts.join("; ");
}
