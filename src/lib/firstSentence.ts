/**
 * The first sentence of a text, by the language's own rules (Intl.Segmenter), for a caption that must stay
 * short; the whole text where the platform cannot segment it or the text is one sentence.
 */
export function firstSentence(text: string, lang: string): string {
  if (typeof Intl.Segmenter !== "function") return text;
  const first = new Intl.Segmenter(lang, { granularity: "sentence" }).segment(text)[Symbol.iterator]().next();
  return first.done ? text : first.value.segment.trim();
}
