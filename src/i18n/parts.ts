/**
 * A language's catalog comes in parts, each its own file and chunk, src/i18n/<language>/<part>.ts: "core", the
 * messages every page uses, and one part per view and for the classroom pages, loaded with their code
 * (lib/i18n.ts, wantParts), so that an embed of one view does not download the other views' text. A key belongs to
 * the part its first segment names here, and to "core" when no part names it (src/lib/i18n.test.ts holds the files
 * to it).
 */
export const CATALOG_PARTS = {
  trade: ["trade"],
  investment: ["investment"],
  timeline: ["timeline"],
  map: ["map"],
  classroom: ["notes", "present", "speaker", "handout"],
} as const satisfies Record<string, readonly string[]>;

/** A part of a catalog loaded on demand. */
export type CatalogPart = keyof typeof CATALOG_PARTS;
/** Every catalog file's name: the parts and "core". */
export type CatalogFile = CatalogPart | "core";

export const PART_NAMES = Object.keys(CATALOG_PARTS) as CatalogPart[];

/** The part a key belongs in, by its first segment ("trade.title" → "trade"). */
export function partOfKey(key: string): CatalogFile {
  const head = key.slice(0, key.indexOf("."));
  return PART_NAMES.find((part) => (CATALOG_PARTS[part] as readonly string[]).includes(head)) ?? "core";
}
