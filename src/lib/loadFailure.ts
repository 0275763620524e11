// Code and text a page loads on demand are scripts: when a download fails, the page tells it apart from a bug and
// knows which address to fetch again.

/** What browsers and Vite's preloader say when a script or style loaded on demand could not be downloaded. */
const LOAD_FAILURES = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS for/i, // Vite, for a style the script needs
];

/** Whether `error` is a failed download of code loaded on demand (not a bug in that code). */
export function isChunkLoadFailure(error: unknown): boolean {
  return error instanceof Error && LOAD_FAILURES.some((pattern) => pattern.test(error.message));
}

/** The address the failure names, if it names one: "…dynamically imported module: https://…/TradeView-x.js". */
export function failedUrl(error: unknown): string | null {
  const match = error instanceof Error ? error.message.match(/(?:imported module:|CSS for)\s+(\S+)/i) : null;
  return match?.[1] ?? null;
}

/**
 * The address to fetch a failed file from again. A browser remembers a module it failed to fetch and fails every
 * later import of its address, so the retry has an address of its own: a `retry` count past the one the failed
 * address had and past `previous`, the count of the caller's last attempt.
 */
export function retryAddress(failed: string, previous = 0): { href: string; attempt: number } {
  const url = new URL(failed, document.baseURI);
  const attempt = Math.max(previous, Number(url.searchParams.get("retry") ?? 0)) + 1;
  url.searchParams.set("retry", String(attempt));
  return { href: url.href, attempt };
}
