import { useMediaQuery } from "./useMediaQuery";

/** True when the reader asked the system for less motion: animate nothing, show end states at once. */
export const useReducedMotion = (): boolean => useMediaQuery("(prefers-reduced-motion: reduce)");
