import type { LabelSizes, Mark } from "./mapLayout";

export /** A place under the pointer or the focus, and where its tooltip goes (px in the map). */
interface Pointed {
  id: string;
  x: number;
  y: number;
}

/**
 * Where the tooltip goes: the place under the pointer, else the place with keyboard focus. A route's
 * tooltip follows the pointer along it; a site's sits on its symbol, wherever the zoom moves it.
 */
export function tooltipTarget(
  hovered: Pointed | null,
  focused: { id: string; visible: boolean } | null,
  byId: ReadonlyMap<string, Mark>,
  screenOf: (m: Mark) => [number, number],
): Pointed | null {
  const m = (hovered && byId.get(hovered.id)) || (focused?.visible ? byId.get(focused.id) : undefined);
  if (!m) return null;
  if (hovered?.id === m.id && m.radius === 0) return hovered;
  const [x, y] = screenOf(m);
  return { id: m.id, x, y };
}

/** Keyboard focus shows the tooltip; a click's focus does not (the pointer already has it). */
export function matchesFocusVisible(target: EventTarget): boolean {
  try {
    return target instanceof Element && target.matches(":focus-visible");
  } catch {
    return true;
  }
}

export function scaledSizes(sizes: LabelSizes, k: number): LabelSizes {
  return k === 1 ? sizes : { place: sizes.place * k, focusCountry: sizes.focusCountry * k, country: sizes.country * k };
}

/** The sizes, each raised to at least `px`: a slide's labels stay legible from the back of the room. */
export function atLeast(sizes: LabelSizes, px: number): LabelSizes {
  return { place: Math.max(px, sizes.place), focusCountry: Math.max(px, sizes.focusCountry), country: Math.max(px, sizes.country) };
}
