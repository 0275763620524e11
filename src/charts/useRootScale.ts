import { useSyncExternalStore } from "react";

/** The page's type scale: the root font size over the browser's 16 px, larger on big screens (see base.css). */
function readScale(): number {
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px / 16 : 1;
}

// Read once and again on resize only: charts re-render on every hover, and a style read each time
// would sit on that path.
let current: number | null = null;
const getSnapshot = () => (current ??= readScale());

function subscribe(onChange: () => void): () => void {
  const onResize = () => {
    current = readScale();
    onChange();
  };
  window.addEventListener("resize", onResize);
  return () => window.removeEventListener("resize", onResize);
}

/** How much larger than the base type the page is set: 1 on a laptop, up to 2 on a 4K screen or projector. */
export function useRootScale(): number {
  return useSyncExternalStore(subscribe, getSnapshot, () => 1);
}
