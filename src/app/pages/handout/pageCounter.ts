/** A CSS string literal: quotes, backslashes and line breaks escaped. */
function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, "\\$&").replace(/\n/g, "\\a ")}"`;
}

/**
 * The `content` of a printed page's number, from a catalog template such as "Page {n} of {total}":
 * `"Page " counter(page) " of " counter(pages)`. Text outside the placeholders stays text, in the
 * template's order, so a language may put the total first.
 */
export function pageCounterContent(template: string): string {
  const parts = template.split(/(\{n\}|\{total\})/).filter((part) => part !== "");
  return parts.map((part) => (part === "{n}" ? "counter(page)" : part === "{total}" ? "counter(pages)" : cssString(part))).join(" ");
}
