/** How long the tally takes to count up from zero. */
export const COUNT_UP_MS = 1600;
/** How much of the figure must be on screen before it starts counting. */
export const COUNT_UP_VISIBLE = 0.6;

/** Cubic ease-out, as d3's easeCubicOut: one line here instead of a module and a chunk of its own. */
const easeCubicOut = (t: number) => 1 - (1 - t) ** 3;

/** The value shown `elapsed` ms into the count-up: eased from 0, exactly `target` at the end. */
export function countUpValue(elapsed: number, target: number, duration = COUNT_UP_MS): number {
  if (elapsed >= duration) return target;
  return target * easeCubicOut(Math.max(0, elapsed) / duration);
}

/** Whether this browser can count up at all; without IntersectionObserver the final figure shows at once. */
export const canCountUp = () => typeof IntersectionObserver === "function" && typeof requestAnimationFrame === "function";
