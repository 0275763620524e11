import { useQueryClient, type FetchQueryOptions } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { DATASET_NAMES } from "../../../data/servedFiles";
import { DATASET_QUERIES } from "../../../data/queries";
import { useLocale } from "../../../lib/locale";
import { isPrintKey, PRINT_WAIT_MS } from "./printKey";

// The handout and its QR code library are a chunk of their own, fetched only when the page is idle.
const loadHandout = () => import("./HandoutDocument");
const HandoutDocument = lazy(() => loadHandout().then((m) => ({ default: m.HandoutDocument })));

/** When the caches are warmed: this long after the page opens, at the next idle moment (or at most this much later). */
const WARM_DELAY_MS = 2000;
const IDLE_TIMEOUT_MS = 3000;

/**
 * Printing /present prints the handout instead of the slide on screen. When the page is idle, the handout's
 * code and every dataset are fetched (no drawing). Ctrl+P (⌘P) then lays the handout out off screen, waits
 * until every step's chart is drawn, and opens the print dialog; print rules (handout.css) show the
 * handout in place of the slide. It stays laid out after that, so printing again, from the keyboard or the
 * browser's menu, is immediate. Before any Ctrl+P, a print from the browser's menu prints the slide (a
 * dialog opened from the menu cannot wait for charts to draw); it lays the handout out for the next one.
 */
export function PrintHandout() {
  const client = useQueryClient();
  const { lang } = useLocale();
  const [mounted, setMounted] = useState(false);
  const [ready, setReady] = useState(false);
  const readyRef = useRef(false);
  const printWhenReady = useRef<number | null>(null);

  // Warm the caches once the slide has had its turn (its view and data first), when nothing else is going on.
  useEffect(() => {
    const warm = () => {
      void loadHandout();
      // Each factory's options are typed by its dataset; prefetching needs none of that.
      for (const name of DATASET_NAMES) void client.prefetchQuery(DATASET_QUERIES[name](lang) as FetchQueryOptions);
    };
    let idle: number | null = null;
    const delay = window.setTimeout(() => {
      // Safari has no requestIdleCallback: after the delay will do.
      if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(warm, { timeout: IDLE_TIMEOUT_MS });
      else warm();
    }, WARM_DELAY_MS);
    return () => {
      window.clearTimeout(delay);
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, [client, lang]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPrintKey(e) || readyRef.current) return;
      e.preventDefault();
      setMounted(true);
      if (printWhenReady.current === null) {
        printWhenReady.current = window.setTimeout(() => {
          printWhenReady.current = null;
          window.print();
        }, PRINT_WAIT_MS);
      }
    };
    const onBeforePrint = () => setMounted(true);
    window.addEventListener("keydown", onKey);
    window.addEventListener("beforeprint", onBeforePrint);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("beforeprint", onBeforePrint);
      if (printWhenReady.current !== null) window.clearTimeout(printWhenReady.current);
    };
  }, []);

  const onReady = useCallback(() => {
    readyRef.current = true;
    setReady(true);
    if (printWhenReady.current === null) return;
    window.clearTimeout(printWhenReady.current);
    printWhenReady.current = null;
    // A frame for the last chart's paint, then the dialog.
    requestAnimationFrame(() => window.print());
  }, []);

  if (!mounted) return null;
  return (
    <div className="print-handout" data-ready={ready ? "" : undefined} aria-hidden="true" inert>
      <Suspense fallback={null}>
        <HandoutDocument onReady={onReady} />
      </Suspense>
    </div>
  );
}
