// Predict, then reveal: the class's guess against the data. Pure functions, so the comparison a teacher
// reads out is tested apart from the drawing. Nothing here is stored or sent anywhere.

/** A year and a value in millions of US dollars, as the trade data holds them. */
export interface YearValue {
  year: number;
  value: number;
}

/** A guessed line: a value for each year the class has drawn, by year. */
export type Guess = ReadonlyMap<number, number>;

export interface LineComparison {
  /** How many of the hidden years the guess covers. */
  guessed: number;
  /** The hidden years. */
  hidden: number;
  /** The last year both the guess and the data have: the one read out. */
  last: { year: number; guess: number; actual: number; miss: number };
  /** The mean of |guess − actual| / actual over the guessed years: 0.25 is "25% off on average". */
  meanMiss: number;
}

/**
 * How far a drawn guess was from the data over the hidden years: the last year the guess reaches, with
 * its signed miss (guess / actual − 1, so −0.4 is "40% too low"), and the average miss. Null when the
 * guess covers none of the hidden years.
 */
export function compareLine(guess: Guess, actual: readonly YearValue[], cutYear: number): LineComparison | null {
  const hidden = actual.filter((p) => p.year > cutYear).sort((a, b) => a.year - b.year);
  const both = hidden.filter((p) => guess.has(p.year));
  const lastPoint = both[both.length - 1];
  if (!lastPoint) return null;
  const missOf = (p: YearValue) => (guess.get(p.year) ?? 0) / p.value - 1;
  const meanMiss = both.reduce((sum, p) => sum + Math.abs(missOf(p)), 0) / both.length;
  const lastGuess = guess.get(lastPoint.year) ?? 0;
  return {
    guessed: both.length,
    hidden: hidden.length,
    last: { year: lastPoint.year, guess: lastGuess, actual: lastPoint.value, miss: missOf(lastPoint) },
    meanMiss,
  };
}

/**
 * The guess after a stroke from (fromYear, fromValue) to (toYear, toValue): every year between gets the
 * value on the straight line, so a fast drag that skips years still draws them all. Years outside
 * [minYear, maxYear] are left alone; values are clamped to [0, maxValue].
 */
export function drawStroke(
  guess: Guess,
  from: YearValue,
  to: YearValue,
  bounds: { minYear: number; maxYear: number; maxValue: number },
): Map<number, number> {
  const next = new Map(guess);
  const [a, b] = from.year <= to.year ? [from, to] : [to, from];
  for (let year = a.year; year <= b.year; year++) {
    if (year < bounds.minYear || year > bounds.maxYear) continue;
    const t = b.year === a.year ? 1 : (year - a.year) / (b.year - a.year);
    next.set(year, clamp(a.value + (b.value - a.value) * t, 0, bounds.maxValue));
  }
  return next;
}

/**
 * The guess after ↑ or ↓ on a year: from the year's guess, or where none yet, from the nearest year
 * before it that has a value (a guess, or the last known figure), by `delta`, clamped to [0, maxValue].
 */
export function nudge(guess: Guess, year: number, delta: number, start: YearValue, maxValue: number): Map<number, number> {
  let base = guess.get(year);
  for (let y = year - 1; base === undefined && y > start.year; y--) base = guess.get(y);
  const next = new Map(guess);
  next.set(year, clamp((base ?? start.value) + delta, 0, maxValue));
  return next;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** An upper bound for the guessing axis: room above the data (so the top of the axis does not give the answer away), on a round step. */
export function guessAxisMax(actual: readonly YearValue[]): number {
  const max = Math.max(0, ...actual.map((p) => p.value));
  if (max === 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil((max * 1.4) / step) * step;
}

export interface ChoiceOption<T> {
  value: number;
  item: T;
}

/**
 * The options of a multiple-choice question: the answer and up to three other published figures, all from
 * the data — the smallest, the largest, and the one nearest half the answer — in ascending order.
 */
export function choiceOptions<T>(answer: ChoiceOption<T>, others: readonly ChoiceOption<T>[]): ChoiceOption<T>[] {
  const rest = others.filter((o) => o.value !== answer.value);
  const picks: ChoiceOption<T>[] = [];
  const add = (o: ChoiceOption<T> | undefined) => {
    if (o && !picks.some((p) => p.value === o.value)) picks.push(o);
  };
  const byValue = [...rest].sort((a, b) => a.value - b.value);
  add(byValue[0]);
  add(byValue[byValue.length - 1]);
  add([...rest].sort((a, b) => Math.abs(a.value - answer.value / 2) - Math.abs(b.value - answer.value / 2))[0]);
  return [answer, ...picks].sort((a, b) => a.value - b.value);
}
