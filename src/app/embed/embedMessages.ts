import { MESSAGE_NAMESPACE } from "./hostMessages";

/**
 * What an embed tells its host page. Its height goes out in three formats, for the hosts that already
 * listen for one: ours, the Embedly/Medium format (a JSON string, as those platforms send it, read by
 * Embedly, Medium and the many sites that take Datawrapper's and Flourish's embeds) and AMP's amp-iframe.
 */
export function resizeMessages(view: string, height: number, href: string): unknown[] {
  return [
    { type: `${MESSAGE_NAMESPACE}:resize`, view, height },
    JSON.stringify({ context: "iframe.resize", src: href, height }),
    { sentinel: "amp", type: "embed-size", height },
  ];
}

/** Posted once the view is drawn. */
export const readyMessage = (view: string) => ({ type: `${MESSAGE_NAMESPACE}:ready`, view });

/** Posted after every change of state, whoever made it (the reader, the host, a link), and when asked. */
export const stateMessage = (view: string, state: Readonly<Record<string, unknown>>) => ({
  type: `${MESSAGE_NAMESPACE}:state`,
  view,
  state,
});

/**
 * The height of the page's content, which a host should give the iframe: the bottom of `content` plus
 * the body's bottom margin. Unlike the document's scrollHeight, it is never held up by the iframe's own
 * height, so the frame shrinks as well as grows.
 */
export function contentHeight(content: Element): number {
  const bottom = content.getBoundingClientRect().bottom + window.scrollY;
  const margin = Number.parseFloat(getComputedStyle(content).marginBottom) || 0;
  const bodyMargin = Number.parseFloat(getComputedStyle(document.body).marginBottom) || 0;
  return Math.ceil(bottom + margin + bodyMargin);
}
