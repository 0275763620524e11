import { useBrowserStore } from "./useHydrating";

// "Today" ends the timeline and the years one may focus on. A prerendered page was drawn on the day it was built,
// so the browser hydrates it with that day (<body data-rendered-at>, milliseconds since 1970), then moves to its own.

const never = () => () => undefined;

/** The time the server renders at: set by the prerender before it renders, so the page and its <body> agree. */
let serverNow = Date.now();
export function setRenderTime(ms: number): void {
  serverNow = ms;
}

/** The browser's time, read once per visit so every render agrees. */
let clientNow: number | null = null;
const browserNow = () => (clientNow ??= Date.now());

/** In the browser while hydrating: the time the page was rendered at, or the browser's own if it was not prerendered. */
const renderedAt = () => {
  if (typeof document === "undefined") return serverNow;
  const stamp = Number(document.body.dataset.renderedAt);
  return Number.isFinite(stamp) && stamp > 0 ? stamp : browserNow();
};

/** Today, as milliseconds since 1970: the build's on the server and while hydrating, then the reader's. */
export function useToday(): number {
  return useBrowserStore(never, browserNow, renderedAt);
}
