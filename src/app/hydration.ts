// Deferred hydration of the dashboard's views and of the handout's steps. Each page is prerendered whole, but
// hydrating the dashboard's four views (or the handout's eleven charts) at load would run all their layout work at
// once (label collision, lanes, the unit chart, projecting the map) for parts the reader may never scroll to. The
// browser's entry (main.tsx) holds each part's hydration back until it is wanted; the view's frame (or the step's
// chart) waits on the hold inside its own Suspense boundary (HydrationHold), so React keeps the prerendered part on
// screen, untouched, until then.

interface Hold {
  promise: Promise<void>;
  release: () => void;
}

const holds = new Map<string, Hold>();

/**
 * Holds back the hydration of the part keyed `key` (a view's id) until `wanted` settles and then `prepare` (its
 * files loading) has. Browser only.
 */
export function holdHydration(key: string, wanted: Promise<void>, prepare: () => Promise<unknown>): void {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const promise = Promise.race([wanted, released])
    .then(prepare)
    .then(() => undefined);
  holds.set(key, { promise, release });
}

/** The hold on a part's hydration, if there is one; none on the server or on a page that holds nothing back. */
export function hydrationHold(key: string): Promise<void> | undefined {
  return holds.get(key)?.promise;
}

/**
 * Lets every held part go now: where React has had to draw part of the page afresh, the prerendered markup a hold
 * kept is gone, and a view waiting for it to come near would wait behind its loading skeleton.
 */
export function releaseHydrationHolds(): void {
  for (const hold of holds.values()) hold.release();
}

/** The key of the hold on a handout step's view (StepChart), by the step's id. */
export const stepHoldKey = (stepId: string) => `step:${stepId}`;

/** How far beyond the screen a view starts to hydrate: far enough that it is ready before it is seen. */
export const NEAR_MARGIN = "100% 0px";

/** Events that mean a reader reaches for a part (a tap, a click, the keyboard's focus): it hydrates at once. */
const REACHING = ["pointerdown", "focusin", "keydown", "touchstart"] as const;

/**
 * Settles when `element` comes within a screen of the viewport, or when the reader reaches into it, whichever
 * is first. Where IntersectionObserver is missing, at once.
 */
export function whenWanted(element: Element): Promise<void> {
  return new Promise((resolve) => {
    if (typeof IntersectionObserver !== "function") return resolve();
    const done = () => {
      observer.disconnect();
      for (const type of REACHING) element.removeEventListener(type, done, true);
      resolve();
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), { rootMargin: NEAR_MARGIN });
    observer.observe(element);
    for (const type of REACHING) element.addEventListener(type, done, { capture: true, passive: true });
  });
}
