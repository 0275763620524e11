import { useCallback, useEffect, useReducer } from "react";
import { useSlideSignal } from "../../lib/slideSignal";
import { PLAY_IDLE, PLAY_STEP_MS, playReducer, type PlayAction, type PlayState } from "./play";

/**
 * Play/pause over the given years, one year per step; the years changing stops it. In a presentation,
 * showing the slide plays and leaving it pauses (slideSignal.ts).
 */
export function usePlay(years: readonly number[]): PlayState & { toggle: () => void; stop: () => void } {
  const key = years.join(",");
  const [state, dispatch] = useReducer((s: PlayState, a: PlayAction) => playReducer(s, a, years), PLAY_IDLE);
  useEffect(() => {
    dispatch({ type: "stop" });
  }, [key]);
  useEffect(() => {
    if (!state.playing) return;
    const timer = window.setInterval(() => dispatch({ type: "tick" }), PLAY_STEP_MS);
    return () => window.clearInterval(timer);
  }, [state.playing]);
  useSlideSignal((visible) => dispatch({ type: visible ? "play" : "pause" }));
  const toggle = useCallback(() => dispatch({ type: "toggle" }), []);
  const stop = useCallback(() => dispatch({ type: "stop" }), []);
  return { ...state, toggle, stop };
}
