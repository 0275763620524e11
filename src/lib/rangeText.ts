/**
 * A date or range as Intl writes it, with the same spaces in every engine: ICU's data differ in their spaces (Node's
 * a thin space around a range's dash and a narrow no-break space in Russian's "2023 г.", Chromium's plain ones), and
 * a page prerendered in Node must read the same when the browser draws it again.
 */
export function rangeText(text: string): string {
  return text.replace(/[\u2009\u202f]/g, " ");
}
