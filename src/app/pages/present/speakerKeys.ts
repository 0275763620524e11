/**
 * The step a key moves the speaker view (and with it the class's screen) to: → Space Page Down on,
 * ← Page Up back (what clickers send), Home and End to the first and last; null for any other key.
 */
export function stepForKey(key: string, current: number, total: number): number | null {
  switch (key) {
    case "ArrowRight":
    case " ":
    case "PageDown":
      return Math.min(total, current + 1);
    case "ArrowLeft":
    case "PageUp":
      return Math.max(1, current - 1);
    case "Home":
      return 1;
    case "End":
      return total;
    default:
      return null;
  }
}
