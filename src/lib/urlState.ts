/**
 * The state a reader shares through the query string, the same keys on every page.
 * This module holds the keys every page shares (`lang`, `theme`, `year`, `step`) and the building blocks
 * a view declares its own keys with (`src/views/<view>/urlKeys.ts`); key sets compose into one.
 * `parseState` is total (bad input falls back to defaults, never throws);
 * `serializeState` omits defaults so links stay short.
 */
import { YEAR_RANGE } from "../data/yearRange";
import { THEMES } from "./themes";

export interface UrlStateOptions {
  /** Language codes with a message catalog; the first is the default. */
  languages: readonly string[];
  /** The language the page is written in (/zh/… is in Chinese), when it is not the default: what an address without `lang` shows. */
  pageLanguage?: string;
}

/** One URL key: how its text is read (undefined: not a value it takes), written back, and its default. */
export interface KeySpec<T> {
  parse(raw: string, options: UrlStateOptions): T | undefined;
  serialize(value: T): string;
  fallback(options: UrlStateOptions): T;
}

export type KeySpecs = Record<string, KeySpec<unknown>>;

/** The typed state a set of key specs reads into. */
export type StateOf<S> = { [K in keyof S]: S[K] extends KeySpec<infer T> ? T : never };

/** A fix-up across keys, run on the whole state after parsing (e.g. a range given backwards). */
// Method syntax keeps a set of specific keys usable where any set is expected.
type Fix<S> = { fix(state: StateOf<S>): void }["fix"];

/** A set of URL keys: their specs, the older names links may still use, and fix-ups across keys. */
export interface UrlKeys<S extends KeySpecs = KeySpecs> {
  readonly specs: S;
  /** Old key → today's key, so older links keep working (checked against `specs` where declared). */
  readonly aliases: Readonly<Record<string, string>>;
  readonly fixes: readonly Fix<S>[];
  /** The sets a composed set was made of, as declared. */
  readonly parts?: readonly UrlKeys[];
}

const MAX_PARAM_LENGTH = 256;
/** Ids in the data are kebab-case slugs; anything else cannot name one. The view checks that it exists. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LIST = 16;

/** One of a few words, case-insensitive. */
export function oneOf<const T extends string>(values: readonly T[], fallback: NoInfer<T>): KeySpec<T> {
  return { parse: (raw) => values.find((v) => v === raw.toLowerCase()), serialize: String, fallback: () => fallback };
}

/** A whole number from `min` to `max`, written in plain digits. */
export function intIn(min: number, max: number, fallback: number): KeySpec<number> {
  return {
    parse: (raw) => {
      if (!/^\d{1,6}$/.test(raw)) return undefined;
      const n = Number(raw);
      return n >= min && n <= max ? n : undefined;
    },
    serialize: String,
    fallback: () => fallback,
  };
}

/** An id (a selected event, deal or place), or none. */
export const slugOrNull: KeySpec<string | null> = {
  parse: (raw) => (SLUG.test(raw) ? raw : undefined),
  serialize: String,
  fallback: () => null,
};

/** A comma-separated list of ids, sorted and without duplicates; none (the default) means all. */
export const slugList: KeySpec<string[]> = {
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

/** A year the data can hold, or none: a year outside the data's range is treated as absent. */
export const yearOrNull: KeySpec<number | null> = {
  parse: intIn(YEAR_RANGE.min, YEAR_RANGE.max, YEAR_RANGE.min).parse,
  serialize: String,
  fallback: () => null,
};

/** Declares a set of URL keys, with the old names they answer to and fix-ups across them. */
export function defineKeys<S extends KeySpecs>(
  specs: S,
  { aliases = {}, fixes = [] }: { aliases?: Record<string, keyof S & string>; fixes?: Fix<S>[] } = {},
): UrlKeys<S> {
  return { specs, aliases, fixes };
}

type SpecsOf<K> = K extends UrlKeys<infer S> ? S : never;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** The specs of several key sets together. */
export type ComposedSpecs<T extends readonly UrlKeys[]> = Extract<Intersection<SpecsOf<T[number]>>, KeySpecs>;

/**
 * Several key sets as one (the shared keys and each view's). A set may come in twice, alone or inside a
 * composed one (a view's keys, and the page's, which include them). Two sets that declare one name are a
 * mistake in the code, not in a link, so that throws when the modules load.
 */
export function composeKeys<const T extends readonly UrlKeys[]>(...sets: T): UrlKeys<ComposedSpecs<T>> {
  const declared = [...new Set((sets as readonly UrlKeys[]).flatMap((set) => set.parts ?? [set]))];
  const specs: Record<string, KeySpec<unknown>> = {};
  const aliases: Record<string, string> = {};
  const claim = (name: string) => {
    if (Object.hasOwn(specs, name) || Object.hasOwn(aliases, name)) throw new Error(`URL key "${name}" is declared twice`);
  };
  for (const set of declared) {
    for (const [key, spec] of Object.entries(set.specs)) {
      claim(key);
      specs[key] = spec;
    }
    for (const [alias, key] of Object.entries(set.aliases)) {
      claim(alias);
      aliases[alias] = key;
    }
  }
  const composed: UrlKeys = { specs, aliases, fixes: declared.flatMap((set) => set.fixes), parts: declared };
  return composed as unknown as UrlKeys<ComposedSpecs<T>>;
}

const keysOf = <S extends KeySpecs>(keys: UrlKeys<S>) => Object.keys(keys.specs) as (keyof S & string)[];

export function defaultState<S extends KeySpecs>(keys: UrlKeys<S>, options: UrlStateOptions): StateOf<S> {
  return Object.fromEntries(keysOf(keys).map((k) => [k, keys.specs[k]!.fallback(options)])) as StateOf<S>;
}

function rawValue(params: URLSearchParams, keys: UrlKeys, key: string): string | undefined {
  const direct = params.get(key);
  if (direct !== null) return direct;
  for (const [alias, target] of Object.entries(keys.aliases)) {
    if (target === key && params.has(alias)) return params.get(alias) ?? undefined;
  }
  return undefined;
}

/** Reads the keys of `keys` from a query string: total, each bad value falls back to its default. */
export function parseState<S extends KeySpecs>(keys: UrlKeys<S>, input: URLSearchParams | string, options: UrlStateOptions): StateOf<S> {
  let params: URLSearchParams;
  try {
    params = typeof input === "string" ? new URLSearchParams(input) : input;
  } catch {
    params = new URLSearchParams();
  }
  const state = defaultState(keys, options);
  for (const key of keysOf(keys)) {
    const raw = rawValue(params, keys as UrlKeys, key)?.trim();
    if (raw === undefined || raw === "" || raw.length > MAX_PARAM_LENGTH) continue;
    const value = keys.specs[key]!.parse(raw, options);
    if (value !== undefined) (state as Record<string, unknown>)[key] = value;
  }
  for (const fix of keys.fixes) fix(state);
  return state;
}

/** Writes the keys of `keys` that differ from their defaults, under today's names. */
export function serializeState<S extends KeySpecs>(keys: UrlKeys<S>, state: StateOf<S>, options: UrlStateOptions): URLSearchParams {
  const defaults = defaultState(keys, options);
  // A value is left out only where it is the default on every page: a link made on /zh/ names its language, so it
  // keeps it wherever it is opened, and English chosen there is written, since that page's own language is Chinese.
  const { pageLanguage: _, ...everyPage } = options;
  const siteDefaults = defaultState(keys, everyPage);
  const params = new URLSearchParams();
  for (const key of keysOf(keys)) {
    const value = state[key] as unknown;
    const isDefault = value === defaults[key] && value === siteDefaults[key];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0) || isDefault) continue;
    params.set(key, keys.specs[key]!.serialize(value));
  }
  return params;
}

export { THEMES, type Theme } from "./themes";

/** The keys every page shares: language, theme, the focus year every view reads, the presentation's step. */
export const SHARED_URL_KEYS = defineKeys(
  {
    lang: {
      parse: (raw, { languages }) => languages.find((l) => l === raw.toLowerCase().split(/[-_]/)[0]),
      serialize: String,
      fallback: ({ languages, pageLanguage }) => pageLanguage ?? languages[0] ?? "en",
    } satisfies KeySpec<string>,
    theme: oneOf(THEMES, "auto"),
    /** The shared focus year, read by every view. */
    year: yearOrNull,
    /** 1-based step of the presentation. */
    step: intIn(1, 999, 1),
  },
  { aliases: { language: "lang", focus: "year" } },
);

export type SharedUrlState = StateOf<(typeof SHARED_URL_KEYS)["specs"]>;

/** The state a view reads: the shared keys and its own. */
export type ViewUrlState<K extends UrlKeys> = SharedUrlState & StateOf<SpecsOf<K>>;

const withSharedCache = new WeakMap<UrlKeys, UrlKeys>();

/** A view's key set with the shared keys added, made once per key set. */
export function withShared<K extends UrlKeys>(keys: K): UrlKeys<ComposedSpecs<[typeof SHARED_URL_KEYS, K]>> {
  let all = withSharedCache.get(keys);
  if (!all) {
    all = composeKeys(SHARED_URL_KEYS, keys) as unknown as UrlKeys;
    withSharedCache.set(keys, all);
  }
  return all as unknown as UrlKeys<ComposedSpecs<[typeof SHARED_URL_KEYS, K]>>;
}
