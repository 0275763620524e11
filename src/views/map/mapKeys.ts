import { ZOOM_STEP } from "./useMapZoom";

const ZOOM_KEYS: Record<string, number> = { "+": ZOOM_STEP, "=": ZOOM_STEP, "-": 1 / ZOOM_STEP, _: 1 / ZOOM_STEP };
const PAN_KEYS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const PLACE_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"]);

/** What a key does on the map; null for a key the map leaves to the page. */
export type MapKeyAction =
  | { kind: "zoom"; factor: number }
  | { kind: "reset" }
  | { kind: "deselect" }
  | { kind: "focus-map" }
  | { kind: "select"; id: string }
  | { kind: "move"; from: string; key: string }
  | { kind: "pan"; dx: number; dy: number };

/**
 * The map's keys, headless: +/− zoom (about the focused place), 0 resets, Escape closes the details or
 * steps out of the places, Enter or Space opens the focused place, arrows, Home/End and Page Up/Down move between
 * places (on a place) or pan (on the map itself). Ctrl, ⌘ and Alt combinations are the browser's own.
 */
export function mapKeyAction(
  key: string,
  { placeId, selectedId, modified }: { placeId: string | null; selectedId: string | null; modified: boolean },
): MapKeyAction | null {
  if (modified) return null;
  if (Object.hasOwn(ZOOM_KEYS, key)) return { kind: "zoom", factor: ZOOM_KEYS[key]! };
  if (key === "0") return { kind: "reset" };
  if (key === "Escape") return selectedId ? { kind: "deselect" } : placeId ? { kind: "focus-map" } : null;
  if (placeId && (key === "Enter" || key === " ")) return { kind: "select", id: placeId };
  if (placeId && PLACE_KEYS.has(key)) return { kind: "move", from: placeId, key };
  if (!placeId && Object.hasOwn(PAN_KEYS, key)) {
    const [dx, dy] = PAN_KEYS[key]!;
    return { kind: "pan", dx, dy };
  }
  return null;
}
