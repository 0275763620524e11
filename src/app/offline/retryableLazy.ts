import { createElement, lazy, useState, type ComponentType } from "react";
import { ChunkLoadError, failedUrl, isChunkLoadFailure } from "./chunkLoadError";
import { retryAddress } from "../../lib/loadFailure";

/** Whether the server answers 404 for a file: a new deployment replaced it. A network failure is not that. */
export async function isGone(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: "HEAD", cache: "no-store" });
    return response.status === 404 || response.status === 410;
  } catch {
    return false;
  }
}

/** Loads a stylesheet again in place of a <link> that failed; rejects as Vite's preloader does. */
function reloadStylesheet(failed: HTMLLinkElement): Promise<void> {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = failed.href;
  return new Promise((resolve, reject) => {
    link.addEventListener("load", () => resolve(), { once: true });
    link.addEventListener("error", () => reject(new Error(`Unable to preload CSS for ${link.href}`)), { once: true });
    failed.replaceWith(link);
  });
}

/**
 * Vite's preloader never requests a style again once it failed (it remembers the address, and skips any address
 * with a <link> in the document): before another attempt, load every style that failed (a <link> without a sheet).
 */
function reloadFailedStylesheets(): Promise<unknown> {
  if (typeof document === "undefined") return Promise.resolve();
  const failed = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => link.sheet === null);
  return Promise.all(failed.map(reloadStylesheet));
}

/**
 * React.lazy that can be tried again. A failed React.lazy keeps its failure for good; here a failed download
 * becomes a ChunkLoadError whose `reset()` makes the next render load the code afresh (see retryLoad).
 * Only the reader's Retry resets it, so a failing download is never retried in a loop.
 * A browser remembers a module it failed to fetch, and fails every later import of that address at once: so a
 * retry imports the file that failed under an address of its own (`?retry=n`), and takes the component from it by
 * its `exportName`; where the file that failed was another (code the component's file imports), it loads as before.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  gone: (url: string) => Promise<boolean> = isGone,
  exportName?: string,
): RetryableComponent<P> {
  /** The component once its code is in: drawn at once, without suspending (what hydrating prerendered markup needs). */
  let loaded: ComponentType<P> | null = null;
  let failed: string | null = null;
  let attempts = 0;
  const loadAgain = async (): Promise<ComponentType<P>> => {
    await reloadFailedStylesheets();
    if (failed && exportName && /\.js(\?|$)/.test(failed)) {
      const retry = retryAddress(failed, attempts);
      attempts = retry.attempt;
      const fresh = (await import(/* @vite-ignore */ retry.href)) as Record<string, unknown>;
      const component = fresh[exportName];
      if (component) return component as ComponentType<P>;
    }
    return load();
  };
  const make = (retrying: boolean) =>
    lazy(() =>
      (retrying ? loadAgain() : load()).then(
        (component) => {
          loaded ??= component;
          return { default: component };
        },
        async (error: unknown) => {
          if (!isChunkLoadFailure(error)) throw error;
          const url = failedUrl(error);
          failed = url;
          const replaced = url !== null && (await gone(url));
          throw new ChunkLoadError({ replaced, reset: () => (current = make(true)), cause: error });
        },
      ),
    );
  let current = make(false);
  function Retryable(props: P) {
    // Chosen once per mount, so the drawn component's type (and its state) never changes under it.
    const [type] = useState(() => loaded ?? current);
    return createElement(type as ComponentType<P>, props);
  }
  // Loads the code ahead of the first render; a failure is left to that render, which shows it with a Retry.
  Retryable.preload = () =>
    load().then(
      (component) => void (loaded ??= component),
      () => undefined,
    );
  return Retryable;
}

/** A component loaded on demand that can also be loaded ahead (`preload`), so that it then draws without waiting. */
export type RetryableComponent<P extends object> = ComponentType<P> & { preload: () => Promise<void> };
