import { useCallback, useEffect, useState } from "react";
import { releaseHydrationHolds } from "../../hydration";
import { isPrintKey, PRINT_WAIT_MS } from "./printKey";

/**
 * Printing the prerendered handout, whose steps hydrate as they come near (main.tsx): the Print button and Ctrl+P
 * (⌘P) first let every step hydrate and draw its chart at its printed size, then open the print dialog. Returns
 * the print action and whether it is waiting. A print from the browser's menu cannot wait: it prints the steps
 * not yet drawn as the server drew them, and lets them hydrate for the next one.
 */
export function usePrintWhenReady(ready: boolean): [print: () => void, waiting: boolean] {
  const [waiting, setWaiting] = useState(false);
  const print = useCallback(() => {
    if (ready) {
      window.print();
      return;
    }
    releaseHydrationHolds();
    setWaiting(true);
  }, [ready]);

  // Drawn, or drawn as far as it will be (a view whose file failed never draws): then the dialog, after a frame
  // for the last chart's paint. The wait ends in that frame, not before it: ending it sooner would run this effect's
  // cleanup, which cancels the frame.
  useEffect(() => {
    if (!waiting) return;
    let frame = 0;
    const open = () => {
      frame = requestAnimationFrame(() => {
        setWaiting(false);
        window.print();
      });
    };
    let timer = 0;
    if (ready) open();
    else timer = window.setTimeout(open, PRINT_WAIT_MS);
    return () => {
      window.clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [waiting, ready]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPrintKey(e) || ready) return;
      e.preventDefault();
      print();
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("beforeprint", releaseHydrationHolds);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("beforeprint", releaseHydrationHolds);
    };
  }, [print, ready]);

  return [print, waiting];
}
