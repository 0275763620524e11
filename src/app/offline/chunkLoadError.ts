// A page or a view is a script (with its styles) loaded on demand. When that download fails, the reader gets a
// sentence and a Retry, never the browser's or the bundler's raw message.

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

export interface ChunkLoadErrorInit {
  /** The server no longer has the file: the site was deployed again since this page was opened. */
  replaced: boolean;
  /** Makes the next render load the code again (a failed React.lazy keeps its failure). */
  reset: () => void;
  cause: unknown;
}

/** Code that a page or a view loads on demand could not be downloaded. */
export class ChunkLoadError extends Error {
  override readonly name = "ChunkLoadError";
  readonly replaced: boolean;
  readonly reset: () => void;
  constructor({ replaced, reset, cause }: ChunkLoadErrorInit) {
    super("a part of the page could not be downloaded", { cause });
    this.replaced = replaced;
    this.reset = reset;
  }
}

export type LoadFailureKind = "offline" | "replaced" | "failed";

/** Which sentence the reader gets: offline, replaced by a new deployment, or a download that failed. */
export function loadFailureKind(error: ChunkLoadError, online: boolean): LoadFailureKind {
  if (!online) return "offline";
  return error.replaced ? "replaced" : "failed";
}

/**
 * Retry after a failed load: the files replaced by a new deployment are gone for good, so the page reloads
 * (it then gets the new version's files); otherwise the code is loaded again in place.
 */
export function retryLoad(error: ChunkLoadError, retry: () => void, reload: () => void = () => window.location.reload()): void {
  if (error.replaced) {
    reload();
    return;
  }
  error.reset();
  retry();
}
