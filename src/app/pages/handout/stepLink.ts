import { languageQuery, pageAddress } from "../../../lib/pageAddress";

/**
 * The live address of a step of the story, for a link that leaves the page (a printed QR code):
 * `<root>present/?step=N` in English, `<root><lang>/present/?step=N` in another language, with `root` the site's
 * address and base path ("https://example.org/ledger/").
 */
export function stepLink(root: string, n: number, lang: string): string {
  return pageAddress(root, "present/", languageQuery(lang, { step: String(n) }));
}
