/** Years a PageUp/PageDown press jumps. */
export const PAGE_STEP = 5;

/**
 * Where a key moves the active year among the chart's years: ←/→ one step, Home/End to the ends,
 * PageUp/PageDown five steps. Returns undefined for a key that does not move it.
 */
export function yearForKey(years: readonly number[], current: number | null, key: string): number | undefined {
  if (years.length === 0) return undefined;
  const last = years.length - 1;
  const index = current === null ? -1 : years.indexOf(current);
  const at = (i: number) => years[Math.max(0, Math.min(last, i))];
  switch (key) {
    case "ArrowRight":
      return index < 0 ? at(0) : at(index + 1);
    case "ArrowLeft":
      return index < 0 ? at(last) : at(index - 1);
    case "Home":
      return at(0);
    case "End":
      return at(last);
    case "PageDown":
      return index < 0 ? at(0) : at(index + PAGE_STEP);
    case "PageUp":
      return index < 0 ? at(last) : at(index - PAGE_STEP);
    default:
      return undefined;
  }
}
