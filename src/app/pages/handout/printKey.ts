/** How long a print waits for the handout to be drawn before it prints what there is. */
export const PRINT_WAIT_MS = 10_000;

/** Ctrl+P (⌘P): the keys that print, which the handout's pages answer by drawing it first. */
export const isPrintKey = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "p";
