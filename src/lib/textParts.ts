import type { Translate } from "./i18n";

/**
 * Details side by side, each from its own message ("−5% on 2022 · verified · IMF"), through the language's
 * `text.pair` template; "" for none.
 */
export function detailsText(t: Translate, details: readonly string[]): string {
  return details.reduce((first, second) => (first === "" ? second : t("text.pair", { first, second })), "");
}
