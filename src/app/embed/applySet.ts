import type { UrlKeys, UrlStateOptions } from "../../lib/urlState";
import type { SetValue } from "./hostMessages";

/**
 * The state patch a host's `set` message makes: each key read by the URL's own spec for it (old names
 * too), so a value means what it would in a link. A key given as null or "" goes back to its default. A
 * value the key cannot take (text that does not parse, a list for a key that is not one) changes nothing,
 * just as a bad value in a link is as good as absent; so do keys the page does not know.
 */
export function applySet(values: Readonly<Record<string, SetValue>>, keys: UrlKeys, options: UrlStateOptions): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [given, value] of Object.entries(values)) {
    const key = Object.hasOwn(keys.specs, given) ? given : Object.hasOwn(keys.aliases, given) ? keys.aliases[given] : undefined;
    const spec = key === undefined ? undefined : keys.specs[key];
    if (key === undefined || !spec) continue;
    const fallback = spec.fallback(options);
    const isList = Array.isArray(fallback);
    if (Array.isArray(value) && !isList) continue;
    const text = (Array.isArray(value) ? value.join(",") : (value as string)).trim();
    if (text === "") {
      patch[key] = fallback;
      continue;
    }
    const parsed = spec.parse(text, options);
    if (parsed !== undefined) patch[key] = parsed;
  }
  return patch;
}
