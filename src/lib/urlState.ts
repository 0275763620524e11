/**
 * The state a reader shares through the query string, the same keys on every page.
 * `parseState` is total (bad input falls back to defaults, never throws);
 * `serializeState` omits defaults so links stay short.
 */
import { YEAR_RANGE } from "../data/yearRange";

export const THEMES = ["auto", "light", "dark", "contrast"] as const;
export type Theme = (typeof THEMES)[number];

export const SCALES = ["linear", "log"] as const;
export type Scale = (typeof SCALES)[number];

export const REPORTERS = ["cn", "kz", "both"] as const;
export type ReporterChoice = (typeof REPORTERS)[number];

/** Timeline: drawn on a time axis, or as a list. */
export const LAYOUTS = ["chart", "list"] as const;
export type LayoutChoice = (typeof LAYOUTS)[number];

/** Trade: totals, or each reporter's exports and imports. */
export const FLOWS = ["total", "split"] as const;
export type FlowChoice = (typeof FLOWS)[number];

export interface UrlState {
  lang: string;
  theme: Theme;
  /** The shared focus year, read by every view. */
  year: number | null;
  scale: Scale;
  from: number | null;
  to: number | null;
  reporter: ReporterChoice;
  flow: FlowChoice;
  /** 1-based step of the presentation. */
  step: number;
  /** Timeline: the selected event's id. */
  event: string | null;
  /** Timeline: the event categories shown; empty means all. */
  cats: string[];
  /** Timeline: the partnership era zoomed into (a level's id), and chart or list. */
  era: string | null;
  layout: LayoutChoice;
  /** Investment: the selected sector and deal. */
  sector: string | null;
  deal: string | null;
  /** Map: the selected place's id, and the categories shown (empty means all). */
  place: string | null;
  layers: string[];
}

export interface UrlStateOptions {
  /** Language codes with a message catalog; the first is the default. */
  languages: readonly string[];
}

interface KeySpec<T> {
  parse: (raw: string, options: UrlStateOptions) => T | undefined;
  serialize: (value: T) => string;
  fallback: (options: UrlStateOptions) => T;
}

const MAX_PARAM_LENGTH = 256;

function oneOf<T extends string>(values: readonly T[]): (raw: string) => T | undefined {
  return (raw) => values.find((v) => v === raw.toLowerCase());
}

function intIn(min: number, max: number): (raw: string) => number | undefined {
  return (raw) => {
    if (!/^\d{1,6}$/.test(raw)) return undefined;
    const n = Number(raw);
    return n >= min && n <= max ? n : undefined;
  };
}

/** Ids in the data are kebab-case slugs; anything else cannot name one. The view checks that it exists. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LIST = 16;

const slugOrNull: KeySpec<string | null> = {
  parse: (raw) => (SLUG.test(raw) ? raw : undefined),
  serialize: String,
  fallback: () => null,
};

const slugList: KeySpec<string[]> = {
  parse: (raw) => {
    const items = [
      ...new Set(
        raw
          .split(",")
          .map((s) => s.trim())
          .filter((s) => SLUG.test(s)),
      ),
    ];
    return items.length > 0 && items.length <= MAX_LIST ? items.sort() : undefined;
  },
  serialize: (items) => items.join(","),
  fallback: () => [],
};

const yearOrNull: KeySpec<number | null> = {
  parse: intIn(YEAR_RANGE.min, YEAR_RANGE.max), // a year outside the data's range is treated as absent
  serialize: String,
  fallback: () => null,
};

const SPEC: { [K in keyof UrlState]: KeySpec<UrlState[K]> } = {
  lang: {
    parse: (raw, { languages }) => languages.find((l) => l === raw.toLowerCase().split(/[-_]/)[0]),
    serialize: String,
    fallback: ({ languages }) => languages[0] ?? "en",
  },
  theme: { parse: oneOf(THEMES), serialize: String, fallback: () => "auto" },
  year: yearOrNull,
  scale: { parse: oneOf(SCALES), serialize: String, fallback: () => "linear" },
  from: yearOrNull,
  to: yearOrNull,
  reporter: { parse: oneOf(REPORTERS), serialize: String, fallback: () => "cn" },
  flow: { parse: oneOf(FLOWS), serialize: String, fallback: () => "total" },
  step: { parse: intIn(1, 999), serialize: String, fallback: () => 1 },
  event: slugOrNull,
  cats: slugList,
  era: slugOrNull,
  layout: { parse: oneOf(LAYOUTS), serialize: String, fallback: () => "chart" },
  sector: slugOrNull,
  deal: slugOrNull,
  place: slugOrNull,
  layers: slugList,
};

/** Keys that older links used, mapped to today's names, so those links keep working. */
const ALIASES: Record<string, keyof UrlState> = { language: "lang", focus: "year", start: "from", end: "to" };

const KEYS = Object.keys(SPEC) as (keyof UrlState)[];

export function defaultState(options: UrlStateOptions): UrlState {
  return Object.fromEntries(KEYS.map((k) => [k, SPEC[k].fallback(options)])) as unknown as UrlState;
}

function rawValue(params: URLSearchParams, key: keyof UrlState): string | undefined {
  const direct = params.get(key);
  if (direct !== null) return direct;
  for (const [alias, target] of Object.entries(ALIASES)) {
    if (target === key && params.has(alias)) return params.get(alias) ?? undefined;
  }
  return undefined;
}

export function parseState(input: URLSearchParams | string, options: UrlStateOptions): UrlState {
  let params: URLSearchParams;
  try {
    params = typeof input === "string" ? new URLSearchParams(input) : input;
  } catch {
    params = new URLSearchParams();
  }
  const state = defaultState(options);
  for (const key of KEYS) {
    const raw = rawValue(params, key)?.trim();
    if (raw === undefined || raw === "" || raw.length > MAX_PARAM_LENGTH) continue;
    const value = SPEC[key].parse(raw, options);
    if (value !== undefined) (state as unknown as Record<string, unknown>)[key] = value;
  }
  // A range given backwards is still the range the reader meant.
  if (state.from !== null && state.to !== null && state.from > state.to) {
    [state.from, state.to] = [state.to, state.from];
  }
  return state;
}

export function serializeState(state: UrlState, options: UrlStateOptions): URLSearchParams {
  const defaults = defaultState(options);
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value === null || (Array.isArray(value) && value.length === 0) || value === defaults[key]) continue;
    (params as URLSearchParams).set(key, (SPEC[key] as KeySpec<typeof value>).serialize(value));
  }
  return params;
}
