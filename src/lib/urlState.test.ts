import { describe, expect, it } from "vitest";
import {
  composeKeys,
  defaultState,
  defineKeys,
  intIn,
  oneOf,
  parseState,
  serializeState,
  SHARED_URL_KEYS,
  slugList,
  slugOrNull,
  withShared,
  yearOrNull,
} from "./urlState";

const options = { languages: ["en", "zh", "ru", "kk"] };

/** A view's keys made of every building block, as a view's urlKeys.ts declares them. */
const SAMPLE_KEYS = defineKeys(
  { mode: oneOf(["a", "b"], "a"), count: intIn(1, 9, 1), id: slugOrNull, ids: slugList, since: yearOrNull },
  { aliases: { old: "id" } },
);
const keys = withShared(SAMPLE_KEYS);
const parse = (query: string | URLSearchParams) => parseState(keys, query, options);
const serialize = (state: ReturnType<typeof parse>) => serializeState(keys, state, options).toString();

describe("the shared keys", () => {
  it("gives the defaults for an empty query", () => {
    expect(parseState(SHARED_URL_KEYS, "", options)).toEqual({ lang: "en", theme: "auto", year: null, step: 1 });
  });

  it("reads every key", () => {
    expect(parseState(SHARED_URL_KEYS, "lang=zh&theme=dark&year=2013&step=3", options)).toEqual({
      lang: "zh",
      theme: "dark",
      year: 2013,
      step: 3,
    });
  });

  it("accepts case and region variants of a language", () => {
    expect(parseState(SHARED_URL_KEYS, "lang=ZH-cn", options).lang).toBe("zh");
    expect(parseState(SHARED_URL_KEYS, "lang=ru_RU", options).lang).toBe("ru");
  });

  it("falls back to the default for a language without a catalog", () => {
    expect(parseState(SHARED_URL_KEYS, "lang=fr", { languages: ["en"] }).lang).toBe("en");
    expect(parseState(SHARED_URL_KEYS, "lang=zh", { languages: ["en"] }).lang).toBe("en");
  });

  it("keeps old links working through aliases, preferring the current key", () => {
    expect(parseState(SHARED_URL_KEYS, "language=kk&focus=2005", options)).toMatchObject({ lang: "kk", year: 2005 });
    expect(parseState(SHARED_URL_KEYS, "focus=2005&year=2011", options).year).toBe(2011);
  });

  it("rejects out-of-range and non-integer years and steps", () => {
    for (const year of ["1949", "2051", "2013.5", "1e3", " ", "twenty"]) {
      expect(parseState(SHARED_URL_KEYS, `year=${year}`, options).year).toBeNull();
    }
    expect(parseState(SHARED_URL_KEYS, "year=%202013%20", options).year).toBe(2013);
    for (const step of ["0", "-1", "1000"]) expect(parseState(SHARED_URL_KEYS, `step=${step}`, options).step).toBe(1);
  });
});

describe("the building blocks", () => {
  it("read a view's keys beside the shared ones, with defaults for what is missing", () => {
    expect(parse("")).toEqual({ lang: "en", theme: "auto", year: null, step: 1, mode: "a", count: 1, id: null, ids: [], since: null });
    expect(parse("mode=B&count=7&id=kashagan-2013&ids=visit,summit,visit&since=2005&year=2013")).toMatchObject({
      mode: "b",
      count: 7,
      id: "kashagan-2013",
      ids: ["summit", "visit"],
      since: 2005,
      year: 2013,
    });
  });

  it("drop what cannot be an id, and lists that are too long", () => {
    expect(parse("id=Bad Id&ids=ok,<b>,also-ok")).toMatchObject({ id: null, ids: ["also-ok", "ok"] });
    expect(parse("id=a--b").id).toBeNull();
    expect(parse("id=-x").id).toBeNull();
    expect(parse(`ids=${Array.from({ length: 20 }, (_, i) => `c${i}`).join(",")}`).ids).toEqual([]);
  });

  it("answer to a view's old names too", () => {
    expect(parse("old=khorgos-gateway").id).toBe("khorgos-gateway");
    expect(parse("old=khorgos-gateway&id=lianyungang-base").id).toBe("lianyungang-base");
  });

  it("take a URLSearchParams as well as a string", () => {
    expect(parse(new URLSearchParams({ mode: "b" })).mode).toBe("b");
  });

  const hostile = [
    "year=<script>alert(1)</script>",
    "year=2013<img src=x onerror=alert(1)>",
    'lang="><svg onload=alert(1)>',
    "theme=javascript:alert(1)",
    "mode=b%00",
    "year=1e4",
    "year=-2013",
    "year=2013.5",
    "year=0x7DD",
    "year=99999999999999999999",
    "year=NaN",
    "year=Infinity",
    "since=__proto__&count=constructor",
    "__proto__[year]=2013",
    "constructor=1&prototype=2",
    "step=0",
    "step=-1",
    "step=1000",
    `year=${"9".repeat(10_000)}`,
    `lang=${"a".repeat(100_000)}`,
    `ids=${"a,".repeat(200)}`,
    "%E0%A4%A",
    "year=%",
    "year=2013&year=<b>",
    "mode=a;DROP TABLE",
    "theme=dark%0Aset-cookie:x",
  ];

  it.each(hostile)("never throw and keep only valid values for %s", (query) => {
    const state = parse(query.slice(0, 2000));
    for (const value of Object.values(state)) {
      if (Array.isArray(value)) for (const item of value) expect(item).toMatch(/^[a-z0-9-]+$/);
      else if (typeof value === "string") expect(value).toMatch(/^[a-z0-9-]+$/);
      else if (value !== null) expect(Number.isInteger(value)).toBe(true);
    }
    expect(Object.keys(state).sort()).toEqual(Object.keys(defaultState(keys, options)).sort());
  });

  it("do not pollute Object.prototype", () => {
    parse("__proto__=x&constructor=y&year=2013");
    expect(({} as Record<string, unknown>).year).toBeUndefined();
  });
});

describe("serializeState", () => {
  it("omits defaults", () => {
    expect(serialize(defaultState(keys, options))).toBe("");
  });

  it("writes only what differs, under today's names, and round-trips", () => {
    const state = { ...defaultState(keys, options), lang: "kk", year: 2019, mode: "b" as const, ids: ["summit", "visit"] };
    const query = serialize(state);
    expect(query).toBe("lang=kk&year=2019&mode=b&ids=summit%2Cvisit");
    expect(parse(query)).toEqual(state);
    expect(serialize(parse("old=kashagan-2013&focus=2005"))).toBe("year=2005&id=kashagan-2013");
  });
});

describe("composeKeys", () => {
  it("runs each set's fix-ups after parsing", () => {
    const range = defineKeys(
      { from: yearOrNull, to: yearOrNull },
      {
        fixes: [
          (s) => {
            if (s.from !== null && s.to !== null && s.from > s.to) [s.from, s.to] = [s.to, s.from];
          },
        ],
      },
    );
    const state = parseState(composeKeys(SHARED_URL_KEYS, range, SAMPLE_KEYS), "from=2020&to=1995", options);
    expect([state.from, state.to]).toEqual([1995, 2020]);
  });

  it("takes the same set twice, alone or inside a composed one, but refuses two sets that declare one name", () => {
    expect(Object.keys(composeKeys(SAMPLE_KEYS, SAMPLE_KEYS).specs)).toEqual(["mode", "count", "id", "ids", "since"]);
    expect(Object.keys(composeKeys(keys, SAMPLE_KEYS).specs)).toEqual(Object.keys(keys.specs));
    expect(() => composeKeys(SAMPLE_KEYS, defineKeys({ id: slugOrNull }))).toThrow('URL key "id" is declared twice');
    expect(() => composeKeys(SAMPLE_KEYS, defineKeys({ old: slugOrNull }))).toThrow('URL key "old" is declared twice');
    expect(() => composeKeys(defineKeys({ focus: slugOrNull }), SHARED_URL_KEYS)).toThrow('URL key "focus" is declared twice');
  });
});
