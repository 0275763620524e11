import { useSyncExternalStore } from "react";

/** The primary pointer is a finger: a phone or a tablet, where targets must be large and hints speak of taps. */
const QUERY = "(pointer: coarse)";

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== "function") return () => {};
  const list = window.matchMedia(QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

const getSnapshot = () => typeof window.matchMedia === "function" && window.matchMedia(QUERY).matches;

/** True on a touch screen (read in the browser; false on the server, where nothing is drawn yet). */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
