import { createElement, lazy, type ComponentType } from "react";
import { ChunkLoadError, failedUrl, isChunkLoadFailure } from "./chunkLoadError";

/** Whether the server answers 404 for a file: a new deployment replaced it. A network failure is not that. */
export async function isGone(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: "HEAD", cache: "no-store" });
    return response.status === 404 || response.status === 410;
  } catch {
    return false;
  }
}

/**
 * Vite's preloader skips a style whose <link> is already in the document, even one that failed to load:
 * take a failed one out, so the next attempt adds it again.
 */
function forgetStylesheet(url: string): void {
  if (typeof document === "undefined") return;
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    if (link.href === url) link.remove();
  }
}

/**
 * React.lazy that can be tried again. A failed React.lazy keeps its failure for good; here a failed download
 * becomes a ChunkLoadError whose `reset()` makes the next render load the code afresh (see retryLoad).
 * Only the reader's Retry resets it, so a failing download is never retried in a loop.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  gone: (url: string) => Promise<boolean> = isGone,
): ComponentType<P> {
  const make = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        async (error: unknown) => {
          if (!isChunkLoadFailure(error)) throw error;
          const url = failedUrl(error);
          if (url) forgetStylesheet(url);
          const replaced = url !== null && (await gone(url));
          throw new ChunkLoadError({ replaced, reset: () => (current = make()), cause: error });
        },
      ),
    );
  let current = make();
  function Retryable(props: P) {
    return createElement(current as ComponentType<P>, props);
  }
  return Retryable;
}
