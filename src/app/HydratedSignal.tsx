import { useEffect, useRef } from "react";

/**
 * Renders nothing, and calls `onHydrated` once its Suspense boundary has committed: placed after a boundary's
 * content, it says when that content, prerendered, has been hydrated (or, not prerendered, mounted), so its
 * controls answer. The page and each view say so with `data-hydrated`, which the end-to-end tests wait on.
 */
export function HydratedSignal({ onHydrated }: { onHydrated: () => void }) {
  const latest = useRef(onHydrated);
  useEffect(() => {
    latest.current();
  }, []);
  return null;
}
