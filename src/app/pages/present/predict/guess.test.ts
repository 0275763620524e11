import { describe, expect, it } from "vitest";
import { choiceOptions, compareLine, drawStroke, guessAxisMax, nudge } from "./guess";

const actual = [
  { year: 2004, value: 4_500 },
  { year: 2005, value: 6_800 },
  { year: 2006, value: 8_400 },
  { year: 2007, value: 13_900 },
  { year: 2008, value: 17_600 },
];

describe("compareLine", () => {
  it("reads the last guessed year and the average miss over the hidden years", () => {
    const guess = new Map([
      [2006, 8_400],
      [2007, 10_425],
      [2008, 8_800],
    ]);
    const result = compareLine(guess, actual, 2005)!;
    expect(result.guessed).toBe(3);
    expect(result.hidden).toBe(3);
    expect(result.last).toEqual({ year: 2008, guess: 8_800, actual: 17_600, miss: -0.5 });
    // (0 + 0.25 + 0.5) / 3
    expect(result.meanMiss).toBeCloseTo(0.25, 6);
  });

  it("ignores guesses for years the data shows anyway or does not have", () => {
    const guess = new Map([
      [2004, 1],
      [2006, 16_800],
      [2030, 99_000],
    ]);
    const result = compareLine(guess, actual, 2005)!;
    expect(result.guessed).toBe(1);
    expect(result.last).toEqual({ year: 2006, guess: 16_800, actual: 8_400, miss: 1 });
  });

  it("is null when nothing was guessed", () => {
    expect(compareLine(new Map(), actual, 2005)).toBeNull();
  });
});

describe("drawStroke", () => {
  const bounds = { minYear: 2006, maxYear: 2008, maxValue: 20_000 };

  it("fills every year a fast drag skipped, on the straight line", () => {
    const next = drawStroke(new Map(), { year: 2006, value: 10_000 }, { year: 2008, value: 14_000 }, bounds);
    expect([...next]).toEqual([
      [2006, 10_000],
      [2007, 12_000],
      [2008, 14_000],
    ]);
  });

  it("draws right to left too, keeps to the hidden years and clamps the values", () => {
    const next = drawStroke(new Map([[2006, 5]]), { year: 2009, value: 31_000 }, { year: 2007, value: -1_000 }, bounds);
    expect(next.get(2006)).toBe(5);
    expect(next.get(2007)).toBe(0);
    expect(next.get(2008)).toBe(15_000);
    expect(next.has(2009)).toBe(false);
  });
});

describe("nudge", () => {
  const start = { year: 2005, value: 6_800 };

  it("starts a year with no guess from the nearest value before it", () => {
    expect(nudge(new Map(), 2007, 1_000, start, 20_000).get(2007)).toBe(7_800);
    expect(nudge(new Map([[2006, 9_000]]), 2008, -500, start, 20_000).get(2008)).toBe(8_500);
  });

  it("moves a guessed year from its guess, never below zero or above the axis", () => {
    expect(nudge(new Map([[2006, 300]]), 2006, -1_000, start, 20_000).get(2006)).toBe(0);
    expect(nudge(new Map([[2006, 19_800]]), 2006, 1_000, start, 20_000).get(2006)).toBe(20_000);
  });
});

describe("guessAxisMax", () => {
  it("leaves room above the data, on a round step", () => {
    expect(guessAxisMax([{ year: 2024, value: 43_800 }])).toBe(70_000);
    expect(guessAxisMax([{ year: 2024, value: 950 }])).toBe(1_400);
    expect(guessAxisMax([])).toBe(1);
  });
});

describe("choiceOptions", () => {
  const o = (value: number) => ({ value, item: String(value) });

  it("offers the answer with the smallest, the largest and the figure nearest half of it, in order", () => {
    const options = choiceOptions(o(25_300), [o(25_000), o(11_400), o(42_800), o(1_200), o(13_900), o(25_300)]);
    expect(options.map((x) => x.value)).toEqual([1_200, 11_400, 25_300, 42_800]);
  });

  it("offers fewer options when the data has fewer figures, never a made-up one", () => {
    expect(choiceOptions(o(10), [o(20)]).map((x) => x.value)).toEqual([10, 20]);
    expect(choiceOptions(o(10), []).map((x) => x.value)).toEqual([10]);
  });
});
