import { useSyncExternalStore } from "react";

const never = () => () => undefined;

/**
 * False on the server and in the render that hydrates prerendered markup, true from the render after (when state
 * read from the address, also a store, takes its value in the browser): what a render drew from the defaults
 * and what it draws from the address can be told apart.
 */
export function useOnClient(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
