import { useEffect, useRef, useState } from "react";

/**
 * A live region's text, changed at most once per `interval` ms (every change when 0): during Play a
 * year is drawn every few hundred ms, and a screen reader told each one would still be reading 1995
 * at 2010. The first change is said at once and the latest one is always said in the end: an empty
 * text (Play finished) is silence, and waits for the announcement still due.
 */
export function useThrottledText(text: string, interval: number): string {
  const [said, setSaid] = useState(text);
  const lastAt = useRef(Number.NEGATIVE_INFINITY);
  const latest = useRef(text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const say = (value: string) => {
      lastAt.current = Date.now();
      setSaid(value);
    };
    if (text === "") {
      // Silence is no announcement: it does not start the interval.
      if (timer.current === null) setSaid("");
      return;
    }
    latest.current = text;
    if (interval <= 0) {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      say(text);
      return;
    }
    if (timer.current !== null) return;
    const wait = lastAt.current + interval - Date.now();
    if (wait <= 0) {
      say(text);
      return;
    }
    timer.current = setTimeout(() => {
      timer.current = null;
      say(latest.current);
    }, wait);
  }, [text, interval]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return said;
}
