import { useMediaQuery } from "../../lib/useMediaQuery";

/**
 * True on a touch screen, where the primary pointer is a finger: targets must be large and hints speak of
 * taps (read in the browser; false on the server, where nothing is drawn yet).
 */
export const useCoarsePointer = (): boolean => useMediaQuery("(pointer: coarse)");
