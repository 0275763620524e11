import { useEffect, useMemo, useSyncExternalStore } from "react";
import { isSlideFrame, type EmbedForm } from "../../lib/embedForm";
import { useUrlState } from "../../lib/useUrlState";
import { EMBED_URL_KEYS } from "./embedKeys";
import { isReportedHeight } from "./reportedHeights";

const subscribe = (onChange: () => void) => {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
};
// Only a frame can be a slide: the same page opened on its own in a window is read in full.
const frameSize = () => (window.parent === window ? "0x0" : `${window.innerWidth}x${window.innerHeight}`);

/**
 * The form of the embed from its frame's shape (an iframe shaped like a slide) and the `controls` and `title` keys. On the server, and
 * until the page runs, the full view (an article's frame is the safe guess: nothing is hidden). On a slide
 * the page's type follows the frame's size (base.css, html.is-slide-frame), never below 12 px.
 */
export function useEmbedFormFromFrame(): EmbedForm {
  const size = useSyncExternalStore(subscribe, frameSize, () => "0x0");
  const [{ controls, title }] = useUrlState(EMBED_URL_KEYS);
  const slide = useMemo(() => {
    const [w = 0, h = 0] = size.split("x").map(Number);
    return isSlideFrame(w, h) && !isReportedHeight(h);
  }, [size]);
  useEffect(() => {
    document.documentElement.classList.toggle("is-slide-frame", slide);
    return () => document.documentElement.classList.remove("is-slide-frame");
  }, [slide]);
  return useMemo(
    () => ({ slide, controls: controls === "auto" ? (slide ? "compact" : "full") : controls, title: title !== "0" }),
    [slide, controls, title],
  );
}
