import type { Locale } from "../lib/locale";

/** The focus year as an item of a view's folded controls bar: "Focus year 2013", or "No focus year". */
export const focusYearItem = ({ t }: Pick<Locale, "t">, year: number | null): string =>
  year === null ? t("controls.noFocusYear") : t("controls.focusYear", { year });
