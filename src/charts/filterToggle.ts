/** What a click on a filter chip does: the values then shown, or a refusal when it would hide the last one. */
export type ToggleResult<T> = { shown: T[]; refused: false } | { shown: T[]; refused: true };

/**
 * Toggles `value` in a filter over `all` (kept in `all`'s order). The last value left on stays on: a
 * chart with nothing in it answers no question, so the click is refused and the reader is told why.
 */
export function toggleFilter<T>(all: readonly T[], shown: readonly T[], value: T): ToggleResult<T> {
  const on = new Set(shown);
  if (!on.has(value)) return { shown: all.filter((v) => v === value || on.has(v)), refused: false };
  const rest = all.filter((v) => v !== value && on.has(v));
  return rest.length === 0 ? { shown: all.filter((v) => on.has(v)), refused: true } : { shown: rest, refused: false };
}
