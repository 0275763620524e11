import type { LocalizedName } from "../data/schemas/common";

/** A name in the reader's language; English for a language the data has no name in. */
export function localizedName(names: LocalizedName, lang: string): string {
  return names[lang as keyof LocalizedName] ?? names.en;
}
