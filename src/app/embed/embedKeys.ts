import { defineKeys, oneOf } from "../../lib/urlState";

/**
 * The keys only an embed page reads: `controls=full|compact|none` (auto: folded into a menu on a slide,
 * in full in an article) and `title=0`, for a slide that has its own title.
 */
export const EMBED_URL_KEYS = defineKeys({
  controls: oneOf(["auto", "full", "compact", "none"], "auto"),
  title: oneOf(["1", "0"], "1"),
});
