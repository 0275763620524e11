import { useEffect, useRef, useState } from "react";
import { useSlideSignal } from "../../lib/slideSignal";
import { canCountUp, COUNT_UP_MS, COUNT_UP_VISIBLE, countUpValue } from "./countUp";

/**
 * idle: the final figure, as the page was prerendered, until the browser says where the figure is;
 * armed: off screen when the page loaded, so it stands at zero (unseen) until it scrolls into view;
 * running: counting up; done: the final figure for good.
 */
type Phase = "idle" | "armed" | "running" | "done";

/**
 * Counts a figure up from zero the first time its element scrolls into view, once: a re-render never replays
 * it, but a presentation showing the slide again does (slideSignal.ts). The figure starts final, as the
 * prerendered page shows it: where it is on screen as the page loads, it stays so (no jump back to zero in front
 * of the reader); where it is off screen, it is set to zero there and counts up when it comes into view. Under
 * reduced motion, or without IntersectionObserver, it is the final value throughout. Returns a callback ref for
 * the element and the value to draw.
 */
export function useCountUp<T extends Element>(target: number, reduceMotion: boolean): [(node: T | null) => void, number] {
  const [node, setNode] = useState<T | null>(null);
  const [phase, setPhase] = useState<Phase>("idle");
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

  const watching = phase === "idle" || phase === "armed";
  useEffect(() => {
    if (!watching || !node || reduceMotion || !canCountUp()) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        setPhase((current) => {
          if (current === "idle") return entry.isIntersecting ? "done" : "armed";
          if (current === "armed" && entry.isIntersecting && entry.intersectionRatio >= COUNT_UP_VISIBLE)
            return reduceRef.current ? "done" : "running";
          return current;
        });
      },
      { threshold: [0, COUNT_UP_VISIBLE] },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [watching, node, reduceMotion]);

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

  const moving = !reduceMotion && (phase === "armed" || phase === "running");
  return [setNode, moving ? (phase === "armed" ? 0 : value) : target];
}
