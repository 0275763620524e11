import { useEffect, useRef, useState } from "react";
import { useSlideSignal } from "../../lib/slideSignal";
import { canCountUp, COUNT_UP_MS, COUNT_UP_VISIBLE, countUpValue } from "./countUp";

type Phase = "waiting" | "running" | "done";

/**
 * Counts a figure up from zero the first time its element scrolls into view, once: a re-render
 * never replays it, but a presentation showing the slide again does (slideSignal.ts). Under reduced motion, or without IntersectionObserver, it is the final value
 * from the start. Returns a callback ref for the element and the value to draw.
 */
export function useCountUp<T extends Element>(target: number, reduceMotion: boolean): [(node: T | null) => void, number] {
  const [node, setNode] = useState<T | null>(null);
  const [phase, setPhase] = useState<Phase>(() => (reduceMotion || !canCountUp() ? "done" : "waiting"));
  const [value, setValue] = useState(0);
  /** Counts the runs, so a replay restarts the frames even while a run is under way. */
  const [run, setRun] = useState(0);
  // Read inside the observer and frame callbacks, which must not restart when it changes.
  const reduceRef = useRef(reduceMotion);
  useEffect(() => {
    reduceRef.current = reduceMotion;
  }, [reduceMotion]);
  useSlideSignal((visible) => {
    if (!visible || reduceMotion || !canCountUp()) return;
    setValue(0);
    setRun((n) => n + 1);
    setPhase("running");
  });

  useEffect(() => {
    if (phase !== "waiting" || !node) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        setPhase(reduceRef.current ? "done" : "running");
      },
      { threshold: COUNT_UP_VISIBLE },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [phase, node]);

  useEffect(() => {
    if (phase !== "running") return;
    let frame = 0;
    let start: number | null = null;
    const step = (now: number) => {
      start ??= now;
      const elapsed = now - start;
      if (reduceRef.current || elapsed >= COUNT_UP_MS) {
        setPhase("done");
        return;
      }
      setValue(countUpValue(elapsed, target));
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [phase, target, run]);

  return [setNode, phase === "done" || reduceMotion ? target : value];
}
