/**
 * A range as `formatRange` writes it, with the same spaces in every engine: ICU's data differ in the spaces around a
 * range's dash (Node's a thin space, U+2009, Chromium's a plain one), and a page prerendered in Node must read the
 * same when the browser draws it again.
 */
export function rangeText(text: string): string {
  return text.replace(/\u2009/g, " ");
}
