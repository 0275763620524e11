import type { Box } from "./labels";
import { NARROW_BELOW } from "./projection";

/**
 * Where the zoom buttons sit: over the top-right corner of a wide map (Mongolia and Siberia in the
 * default view: no place there), in a row along the bottom-left of a narrow one (Turkmenistan and Iran),
 * leaving the bottom-right to the inset. Labels are kept out of their box.
 */
export type ControlsPlacement = "top-right" | "bottom-left";

/** A button's side (px): larger under a finger. */
export const CONTROL_SIZE = { fine: 36, coarse: 44 } as const;
/** Space (px) between the buttons, and between them and the map's edge. */
export const CONTROL_GAP = 4;
export const CONTROL_MARGIN = 8;
const BUTTONS = 3;

/** A narrow map puts the buttons in a row at the bottom; a slide keeps them at the top, where its details panel expects them. */
export function controlsPlacement(width: number, slide: boolean): ControlsPlacement {
  return width < NARROW_BELOW && !slide ? "bottom-left" : "top-right";
}

/** The box the buttons cover in a width × height map, given a button's side (px). */
export function controlsBox(width: number, height: number, placement: ControlsPlacement, size: number): Box {
  const long = BUTTONS * size + (BUTTONS - 1) * CONTROL_GAP;
  if (placement === "bottom-left")
    return { x0: 0, y0: height - CONTROL_MARGIN - size - CONTROL_GAP, x1: CONTROL_MARGIN + long + CONTROL_GAP, y1: height };
  return { x0: width - CONTROL_MARGIN - size - CONTROL_GAP, y0: 0, x1: width, y1: CONTROL_MARGIN + long + CONTROL_GAP };
}
