/** Items a Page Up/Page Down press jumps. */
export const PAGE_STEP = 5;

/** Keys that move through a chart's points, for pages (a presentation) that must leave them to the chart. */
export const STEP_KEYS: ReadonlySet<string> = new Set(["ArrowRight", "ArrowLeft", "Home", "End", "PageUp", "PageDown"]);

/**
 * Where a key moves the active item in an ordered list (years, events): ←/→ one step, Home/End to the
 * ends, Page Up/Page Down `page` steps. From no item, → and Page Down start at the first, ← and Page Up
 * at the last. Returns undefined for a key that does not move it. `direction: "vertical"` reads ↑/↓ too.
 */
export function stepThrough<T>(
  order: readonly T[],
  current: T | null,
  key: string,
  { page = PAGE_STEP, direction = "horizontal" }: { page?: number; direction?: "horizontal" | "vertical" } = {},
): T | undefined {
  if (order.length === 0) return undefined;
  const last = order.length - 1;
  const index = current === null ? -1 : order.indexOf(current);
  const at = (i: number) => order[Math.max(0, Math.min(last, i))];
  const next = direction === "vertical" ? ["ArrowDown", "ArrowRight"] : ["ArrowRight"];
  const previous = direction === "vertical" ? ["ArrowUp", "ArrowLeft"] : ["ArrowLeft"];
  if (next.includes(key)) return index < 0 ? at(0) : at(index + 1);
  if (previous.includes(key)) return index < 0 ? at(last) : at(index - 1);
  switch (key) {
    case "Home":
      return at(0);
    case "End":
      return at(last);
    case "PageDown":
      return index < 0 ? at(0) : at(index + page);
    case "PageUp":
      return index < 0 ? at(last) : at(index - page);
    default:
      return undefined;
  }
}

/**
 * The keys of a chart read point by point: the step keys move the active point, Enter or Space makes it
 * the selection (the focus year), Escape lets it go. A key the chart uses does not reach the page (a
 * presentation around the view would otherwise also turn the slide).
 */
export function readPointsByKey<T>(
  e: { key: string; preventDefault: () => void; stopPropagation: () => void },
  {
    order,
    active,
    onActive,
    onSelect,
  }: { order: readonly T[]; active: T | null; onActive: (item: T | null) => void; onSelect: (item: T) => void },
): void {
  if ((e.key === "Enter" || e.key === " ") && active !== null) {
    e.preventDefault();
    onSelect(active);
    return;
  }
  if (e.key === "Escape") {
    onActive(null);
    return;
  }
  const next = stepThrough(order, active, e.key);
  if (next === undefined) return;
  e.preventDefault();
  e.stopPropagation();
  onActive(next);
}
