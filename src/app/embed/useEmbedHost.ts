import { useCallback, useContext, useEffect, useRef, type RefObject } from "react";
import { announceSlide } from "../../lib/slideSignal";
import { parseState, withShared, type UrlKeys } from "../../lib/urlState";
import { URL_OPTIONS, UrlKeysContext, useUrlQuery, writeUrlState } from "../../lib/useUrlState";
import { contentHeight, readyMessage, resizeMessages, stateMessage } from "./embedMessages";
import { applySet } from "./applySet";
import { readHostMessage } from "./hostMessages";
import { noteReportedHeight } from "./reportedHeights";

const inFrame = () => typeof window !== "undefined" && window.parent !== window;

const post = (message: unknown) => window.parent.postMessage(message, "*");

/**
 * An embed's conversation with the page around it (docs/embedding.md): it posts its content's height
 * whenever that changes (in three formats), `ready` once drawn and `state` after every change of state;
 * it takes `set` (the URL's keys, through the URL's own parser), `get`, and reveal.js's `slide:start` and
 * `slide:stop`. Only the parent window is listened to, and nothing it sends can navigate the embed: a `set`
 * rewrites this page's own query string in place. Returns a callback for when the view is drawn.
 */
export function useEmbedHost(view: string, viewKeys: UrlKeys, content: RefObject<HTMLElement | null>, slide: boolean): () => void {
  // A `set` takes every key a link to the page may carry; `state` reports the shared keys and the view's own.
  const keys = withShared(useContext(UrlKeysContext));
  const ownKeys = withShared(viewKeys);
  // Changes with every change of state, whoever made it (the reader, the host's `set`, Back and Forward).
  const query = useUrlQuery();
  const drawn = useRef(false);

  const currentState = useCallback(() => parseState(ownKeys, window.location.search, URL_OPTIONS), [ownKeys]);

  // Height: posted when the content's own height changes, and only then, so a host that sets the
  // iframe's height from it never starts a loop.
  useEffect(() => {
    const node = content.current;
    if (!inFrame() || !node) return;
    let last = -1;
    const report = () => {
      const height = contentHeight(node);
      if (height === last) return;
      last = height;
      // The slide form fills its frame, so only the full view's heights say what an article's frame should be.
      if (!slide) noteReportedHeight(height);
      for (const message of resizeMessages(view, height, window.location.href)) post(message);
    };
    const observer = new ResizeObserver(report);
    observer.observe(node);
    report();
    return () => observer.disconnect();
  }, [view, content, slide]);

  // Orders from the host.
  useEffect(() => {
    if (!inFrame()) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const command = readHostMessage(event.data);
      if (!command) return;
      if (command.kind === "slide") announceSlide(command.visible);
      else if (command.kind === "get") post(stateMessage(view, currentState()));
      else {
        // Each value is read by the URL's own spec for its key: a bad one changes nothing, as in a link.
        writeUrlState(keys, applySet(command.values, keys, URL_OPTIONS));
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [view, keys, currentState]);

  // The state, after every change once drawn.
  useEffect(() => {
    if (inFrame() && drawn.current) post(stateMessage(view, currentState()));
  }, [query, view, currentState]);

  return useCallback(() => {
    if (drawn.current || !inFrame()) return;
    drawn.current = true;
    post(readyMessage(view));
    post(stateMessage(view, currentState()));
  }, [view, currentState]);
}
