/**
 * Breaks text into lines no wider than `maxWidth`, at the places the language allows: between words
 * in English, Russian and Kazakh, between words or characters in Chinese, which has no spaces
 * (`Intl.Segmenter`). Spaces at a break are dropped. A word longer than a line is kept whole on its
 * own line: words are never cut, so the caller leaves room for one or lets it run.
 */
export function wrapText(text: string, maxWidth: number, measure: (line: string) => number, lang = "en"): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces(text, lang)) {
    const candidate = line + piece;
    if (line.trim() && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines.map((l) => l.trimStart());
}

/** Currency signs and opening brackets and quotes: they belong to the word that follows them. */
const OPENING = /^[\p{Sc}\p{Ps}\p{Pi}]+$/u;

/** One segmenter per language: making one is far slower than using it, and charts wrap labels on every layout. */
const segmenters = new Map<string, Intl.Segmenter>();
/** The pieces of the texts wrapped lately, per language: a chart wraps the same labels at every width it is drawn. */
const cache = new Map<string, readonly string[]>();
const CACHE_SIZE = 500;

/** The text cut where a line may break: each piece is a word with the spaces and punctuation after it. */
function pieces(text: string, lang: string): readonly string[] {
  const key = `${lang}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const out = cut(text, lang);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, out);
  return out;
}

function cut(text: string, lang: string): string[] {
  const normalized = text.replace(/\s+/g, " ").trim();
  if (!normalized) return [];
  const out: string[] = [];
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    segmenters.set(lang, segmenter);
  }
  for (const { segment, isWordLike } of segmenter.segment(normalized)) {
    const last = out.length - 1;
    // A currency sign or an opening bracket or quote starts the word after it, so "$25.3B" and
    // "(2013)" never break inside.
    const opens = !isWordLike && OPENING.test(segment) && (last < 0 || /\s$/.test(out[last]!));
    if (opens) out.push(segment);
    else if (isWordLike && last >= 0 && OPENING.test(out[last]!)) out[last] += segment;
    // Spaces and punctuation stay with the word before them, so no line starts with "," or "、".
    else if (!isWordLike && last >= 0) out[last] += segment;
    // A hyphenated or apostrophised word ("Dostyk–Alashankou", "China's") stays whole: a segmenter
    // splits it, but a line break there would read as two words.
    else if (isWordLike && last >= 0 && /[-–‑'’/]$/.test(out[last]!) && !/\s$/.test(out[last]!)) out[last] += segment;
    else out.push(segment);
  }
  return out;
}
