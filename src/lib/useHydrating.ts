import { startTransition, useEffect, useState, useSyncExternalStore } from "react";

const never = () => () => undefined;
const no = () => false;

/**
 * True in a render that hydrates prerendered markup in the browser, false in any other (and on the server): React
 * reads a store's server snapshot in the two. The store read here has the same snapshot everywhere, so, unlike one
 * whose server and browser snapshots differ, it makes React draw nothing again once the page has hydrated.
 */
export function useHydrating(): boolean {
  // React calls the server snapshot while it renders (on the server, and when it hydrates), never after: what it
  // sets is read in this same render.
  let hydrating = false;
  /* eslint-disable react-hooks/immutability */
  useSyncExternalStore(never, no, () => {
    hydrating = typeof window !== "undefined";
    return false;
  });
  /* eslint-enable react-hooks/immutability */
  return hydrating;
}

/**
 * A store that only the browser can read (useSyncExternalStore's arguments), where the server drew
 * `getServerSnapshot`. Where the two differ, React would draw the component again at once after hydrating, in one
 * blocking task, before the reader can do anything; here the render that hydrates keeps the server's value and the
 * browser's follows as a transition, in slices the browser can answer input between. Mounted later, it reads the
 * browser's at once; on the server, the server's.
 */
export function useBrowserStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T, getServerSnapshot: () => T): T {
  const hydrating = useHydrating();
  const [settled, setSettled] = useState(!hydrating);
  useEffect(() => {
    if (!settled) startTransition(() => setSettled(true));
  }, [settled]);
  return useSyncExternalStore(subscribe, settled ? getSnapshot : getServerSnapshot, getServerSnapshot);
}
