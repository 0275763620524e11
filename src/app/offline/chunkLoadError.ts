// A page or a view is a script (with its styles) loaded on demand. When that download fails, the reader gets a
// sentence and a Retry, never the browser's or the bundler's raw message.

export { failedUrl, isChunkLoadFailure } from "../../lib/loadFailure";

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
