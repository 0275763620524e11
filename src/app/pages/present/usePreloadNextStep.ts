import { useEffect } from "react";
import { VIEWS } from "../../viewRegistry";
import { STORY } from "./story";

/** How long an idle moment may be waited for before the next step's code loads all the same. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Loads the next step's view while step `current` (1-based) is on screen, at an idle moment: the page loads the
 * view it shows (src/app/pageCode.ts), and moving on then draws the next at once.
 */
export function usePreloadNextStep(current: number): void {
  useEffect(() => {
    const next = STORY[current];
    if (!next) return;
    const load = () => void VIEWS[next.view].Component.preload();
    // Safari has no requestIdleCallback: a moment after the step is drawn will do.
    if (typeof window.requestIdleCallback !== "function") {
      const timer = window.setTimeout(load, 300);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(idle);
  }, [current]);
}
