/**
 * The messages a host page may send an embed, read defensively: anything may arrive in a message event,
 * from any window. A message is data, never markup or code: values go on through the same total parser
 * as the URL (useUrlState), so a bad value falls back exactly as it would in a link. Anything unknown or
 * malformed is ignored (null), without an error.
 */

/** The prefix of our own message types, in both directions. */
export const MESSAGE_NAMESPACE = "silk-road-ledger";

export type SetValue = string | readonly string[];

export type HostCommand =
  /** Set URL keys; a key given as null or "" goes back to its default. Values are URL text (a list as a list), parsed later. */
  | { kind: "set"; values: Readonly<Record<string, SetValue>> }
  /** Ask for the current state (answered with a `state` message). */
  | { kind: "get" }
  /** reveal.js: the slide holding the embed was shown (start) or left (stop). */
  | { kind: "slide"; visible: boolean };

/** The longest value a key takes in a URL, and the most keys a message may set: beyond that, it is not ours. */
const MAX_VALUE_LENGTH = 256;
const MAX_KEYS = 32;
const MAX_LIST = 16;
const KEY = /^[a-z][a-z0-9]{0,31}$/i;

/** One value as URL text: a string, a finite number, a boolean; null clears. */
function scalarText(value: unknown): string | undefined {
  if (value === null) return "";
  if (typeof value === "string") return value.length <= MAX_VALUE_LENGTH ? value : undefined;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === "boolean") return value ? "1" : "0";
  return undefined;
}

/** A value as URL text, or a short list of such texts (for list keys only: the caller checks). */
function valueText(value: unknown): SetValue | undefined {
  if (!Array.isArray(value)) return scalarText(value);
  if (value.length > MAX_LIST) return undefined;
  const items = value.map((v) => (v === null ? undefined : scalarText(v)));
  return items.every((v) => v !== undefined) ? (items as string[]) : undefined;
}

/** The keys a `set` message gives, as URL text; a key with a value no URL could hold is left out. */
function setValues(state: unknown): Record<string, SetValue> | null {
  if (typeof state !== "object" || state === null || Array.isArray(state)) return null;
  const entries = Object.keys(state);
  if (entries.length > MAX_KEYS) return null;
  const values: Record<string, SetValue> = Object.create(null);
  for (const key of entries) {
    if (!KEY.test(key)) continue;
    const text = valueText((state as Record<string, unknown>)[key]);
    if (text !== undefined) values[key] = text;
  }
  return values;
}

/** What a message event's data asks of the embed, or null when it is nothing of ours. */
export function readHostMessage(data: unknown): HostCommand | null {
  // reveal.js posts plain strings to every iframe of a slide.
  if (data === "slide:start") return { kind: "slide", visible: true };
  if (data === "slide:stop") return { kind: "slide", visible: false };
  if (typeof data !== "object" || data === null) return null;
  const type = (data as { type?: unknown }).type;
  if (type === `${MESSAGE_NAMESPACE}:get`) return { kind: "get" };
  if (type === `${MESSAGE_NAMESPACE}:set`) {
    const values = setValues((data as { state?: unknown }).state);
    return values ? { kind: "set", values } : null;
  }
  return null;
}
