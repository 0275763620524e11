import type { QuantityUnit, VolumeUnit } from "../data/schemas/places";
import type { MessageKey } from "./i18n";
import type { Locale } from "./locale";

type Unit = QuantityUnit | VolumeUnit;

/** Each unit's catalog key: its name is `unit.<key>`. */
const UNIT_KEYS = {
  km: "km",
  "km²": "km2",
  "m²": "m2",
  ha: "ha",
  TEU: "teu",
  Mt: "mt",
  "Mt/year": "mtPerYear",
  "bcm/year": "bcmPerYear",
  MW: "mw",
  MWp: "mwp",
  "GWh/year": "gwhPerYear",
  "thousand tonnes": "thousandTonnes",
  "million tonnes": "millionTonnes",
  trains: "trains",
} as const satisfies Record<Unit, string>;

/** A unit's name in the reader's language, as a column or a series is headed with it: "km²", "млн т", "列". */
export function unitName(locale: Pick<Locale, "t">, unit: Unit): string {
  return locale.t(`unit.${UNIT_KEYS[unit]}` as MessageKey);
}

/**
 * An amount with its unit, in the reader's language: "3.43 km²", "3,43 км²", "3.43平方公里"; counts of things
 * take their plural form ("7 000 поездов").
 */
export function quantityText(locale: Pick<Locale, "t" | "tn" | "fmt">, value: number, unit: Unit): string {
  const formatted = locale.fmt.number(value);
  if (unit === "trains") return locale.tn("unit.trains.count", value, { value: formatted });
  return locale.t("unit.value", { value: formatted, unit: unitName(locale, unit) });
}
