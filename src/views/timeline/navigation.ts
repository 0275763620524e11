const PREVIOUS = { horizontal: ["ArrowLeft"], vertical: ["ArrowLeft", "ArrowUp"] } as const;
const NEXT = { horizontal: ["ArrowRight"], vertical: ["ArrowRight", "ArrowDown"] } as const;

export type Orientation = keyof typeof PREVIOUS;

/**
 * The event a key moves to, among `order` (ids in date order): ← and → step to the previous and next
 * (↑ and ↓ too in the vertical layout), Home and End jump to the ends. From no event, a step forward
 * starts at the first and a step back at the last. At an end it stays put. Returns undefined for a
 * key that does not navigate, so the caller leaves it to the browser.
 */
export function eventForKey(order: readonly string[], current: string | null, key: string, orientation: Orientation): string | undefined {
  if (order.length === 0) return undefined;
  const last = order.length - 1;
  const index = current === null ? -1 : order.indexOf(current);
  if (key === "Home") return order[0];
  if (key === "End") return order[last];
  if ((NEXT[orientation] as readonly string[]).includes(key)) return order[index < 0 ? 0 : Math.min(last, index + 1)];
  if ((PREVIOUS[orientation] as readonly string[]).includes(key)) return order[index < 0 ? last : Math.max(0, index - 1)];
  return undefined;
}
