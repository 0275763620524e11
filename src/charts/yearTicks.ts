// Year labels on every axis that counts years (trade, investment inflows, the timeline) go by round
// steps: every year, every 2nd, 5th, 10th, 20th, 50th, 100th… A reader counts along round years,
// so a label never lands on 1997 when the step is 5.

function* roundSteps(): Generator<number> {
  for (let magnitude = 1; ; magnitude *= 10) for (const m of [1, 2, 5]) yield m * magnitude;
}

/** How many multiples of `step` lie in from..to. */
const multiples = (from: number, to: number, step: number) => Math.floor(to / step) - Math.ceil(from / step) + 1;

/** The smallest round step at least `years` long: labels that many years apart never run together. */
export function yearStepAtLeast(years: number): number {
  for (const step of roundSteps()) if (step >= years) return step;
  return 1; // not reached: the steps grow without bound
}

/** The smallest round step that labels at most `fit` years between `from` and `to`. */
export function yearStep(from: number, to: number, fit: number): number {
  for (const step of roundSteps()) if (multiples(from, to, step) <= Math.max(1, fit)) return step;
  return 1; // not reached: a large enough step has at most one multiple in any range
}

/** The multiples of `step` between `from` and `to`. */
export function yearsOnStep(from: number, to: number, step: number): number[] {
  const years: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) years.push(year);
  return years;
}

/**
 * Whole years to label between `from` and `to`, at most `fit` of them, on a round step. (d3's `ticks`
 * treats its count as a hint and may give more, which would run the labels together.)
 */
export function yearTicks(from: number, to: number, fit: number): number[] {
  return yearsOnStep(from, to, yearStep(from, to, fit));
}
