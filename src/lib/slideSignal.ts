import { useEffect, useRef } from "react";

/**
 * Whether the slide holding this page is on screen, as a presentation around it says (reveal.js posts
 * "slide:start" and "slide:stop" to the iframes of a slide; the embed page passes them on here). Views
 * that move (trade's Play, investment's count-up) start when their slide is shown and pause when it is left.
 */
type Listener = (visible: boolean) => void;

const listeners = new Set<Listener>();

export function announceSlide(visible: boolean): void {
  for (const listener of listeners) listener(visible);
}

/** Calls `onSlide` each time the slide is shown (true) or left (false). */
export function useSlideSignal(onSlide: Listener): void {
  const latest = useRef(onSlide);
  useEffect(() => {
    latest.current = onSlide;
  });
  useEffect(() => {
    const listener: Listener = (visible) => latest.current(visible);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
