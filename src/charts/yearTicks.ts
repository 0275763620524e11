// Year labels on every axis that counts years (trade, investment inflows, the timeline) go by round
// steps: every year, every 2nd, 5th, 10th, 20th, 50th, 100th… A reader counts along round years,
// so a label never lands on 1997 when the step is 5.

/** Beyond any span of years a chart could draw; the steps stop here, so no input loops forever. */
const LONGEST_STEP = 1e6;

function* roundSteps(): Generator<number> {
  for (let magnitude = 1; magnitude <= LONGEST_STEP; magnitude *= 10) for (const m of [1, 2, 5]) yield m * magnitude;
}

/** How many multiples of `step` lie in from..to. */
const multiples = (from: number, to: number, step: number) => Math.floor(to / step) - Math.ceil(from / step) + 1;

/**
 * The smallest round step at least `years` long: labels that many years apart never run together.
 * A span that is not a number (a chart not yet measured) gets a step of 1.
 */
export function yearStepAtLeast(years: number): number {
  if (Number.isNaN(years)) return 1;
  for (const step of roundSteps()) if (step >= years) return step;
  return LONGEST_STEP * 5;
}

/**
 * The smallest round step that labels at most `fit` years between `from` and `to`. A range or a fit that
 * is not a finite number (a chart not yet measured, a domain with no data) gets a step of 1.
 */
export function yearStep(from: number, to: number, fit: number): number {
  if (![from, to, fit].every(Number.isFinite)) return 1;
  for (const step of roundSteps()) if (multiples(from, to, step) <= Math.max(1, fit)) return step;
  return LONGEST_STEP * 5;
}

/** The multiples of `step` between `from` and `to`; none unless all three are finite and the step positive. */
export function yearsOnStep(from: number, to: number, step: number): number[] {
  const years: number[] = [];
  if (![from, to, step].every(Number.isFinite) || step <= 0) return years;
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
