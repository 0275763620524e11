import { describe, expect, it } from "vitest";
import { defaultState, parseState, serializeState } from "./urlState";

const options = { languages: ["en", "zh", "ru", "kk"] };

describe("parseState", () => {
  it("gives the defaults for an empty query", () => {
    expect(parseState("", options)).toEqual({
      lang: "en",
      theme: "auto",
      year: null,
      scale: "linear",
      from: null,
      to: null,
      reporter: "cn",
      flow: "total",
      step: 1,
      event: null,
      cats: [],
      era: null,
      layout: "chart",
      sector: null,
      deal: null,
      place: null,
      layers: [],
    });
  });

  it("reads every key", () => {
    const state = parseState("lang=zh&theme=dark&year=2013&scale=log&from=2000&to=2023&reporter=kz&step=3", options);
    expect(state).toMatchObject({ lang: "zh", theme: "dark", year: 2013, scale: "log", from: 2000, to: 2023, reporter: "kz", step: 3 });
  });

  it("accepts case and region variants of a language", () => {
    expect(parseState("lang=ZH-cn", options).lang).toBe("zh");
    expect(parseState("lang=ru_RU", options).lang).toBe("ru");
  });

  it("falls back to the default for a language without a catalog", () => {
    expect(parseState("lang=fr", { languages: ["en"] }).lang).toBe("en");
    expect(parseState("lang=zh", { languages: ["en"] }).lang).toBe("en");
  });

  it("reads ids and id lists, sorted and without duplicates", () => {
    const state = parseState(
      "event=srebelt-2013&cats=visit,summit,visit&sector=oil-gas&deal=kashagan-2013&place=khorgos-icbc&layers=wind",
      options,
    );
    expect(state).toMatchObject({
      event: "srebelt-2013",
      cats: ["summit", "visit"],
      sector: "oil-gas",
      deal: "kashagan-2013",
      place: "khorgos-icbc",
      layers: ["wind"],
    });
  });

  it("reads the timeline's era and layout, ignoring anything else", () => {
    expect(parseState("era=strategic-partnership&layout=list", options)).toMatchObject({ era: "strategic-partnership", layout: "list" });
    expect(parseState("era=<script>&layout=grid", options)).toMatchObject({ era: null, layout: "chart" });
    expect(serializeState(parseState("layout=chart&era=x", options), options).toString()).toBe("era=x");
  });

  it("drops what cannot be an id", () => {
    const state = parseState("event=Bad Id&cats=ok,<b>,also-ok&deal=a--b&place=-x", options);
    expect(state).toMatchObject({ event: null, cats: ["also-ok", "ok"], deal: null, place: null });
    expect(parseState(`cats=${Array.from({ length: 20 }, (_, i) => `c${i}`).join(",")}`, options).cats).toEqual([]);
  });

  it("swaps a backwards year range", () => {
    const state = parseState("from=2020&to=1995", options);
    expect([state.from, state.to]).toEqual([1995, 2020]);
  });

  it("keeps old links working through aliases", () => {
    const state = parseState("language=kk&focus=2005&start=1992&end=2010", options);
    expect(state).toMatchObject({ lang: "kk", year: 2005, from: 1992, to: 2010 });
  });

  it("prefers the current key over an alias", () => {
    expect(parseState("focus=2005&year=2011", options).year).toBe(2011);
  });

  const hostile = [
    "year=<script>alert(1)</script>",
    "year=2013<img src=x onerror=alert(1)>",
    'lang="><svg onload=alert(1)>',
    "theme=javascript:alert(1)",
    "scale=log%00",
    "year=1e4",
    "year=-2013",
    "year=2013.5",
    "year=0x7DD",
    "year=99999999999999999999",
    "year=NaN",
    "year=Infinity",
    "from=__proto__&to=constructor",
    "__proto__[year]=2013",
    "constructor=1&prototype=2",
    "step=0",
    "step=-1",
    "step=1000",
    `year=${"9".repeat(10_000)}`,
    `lang=${"a".repeat(100_000)}`,
    "%E0%A4%A",
    "year=%",
    "year=2013&year=<b>",
    "reporter=cn;DROP TABLE",
    "theme=dark%0Aset-cookie:x",
  ];

  it.each(hostile)("never throws and keeps only valid values for %s", (query) => {
    const state = parseState(query.slice(0, 2000), options);
    for (const value of Object.values(state)) {
      if (Array.isArray(value)) for (const item of value) expect(item).toMatch(/^[a-z0-9-]+$/);
      else if (typeof value === "string") expect(value).toMatch(/^[a-z0-9-]+$/);
      else if (value !== null) expect(Number.isInteger(value)).toBe(true);
    }
    expect(Object.keys(state).sort()).toEqual(Object.keys(defaultState(options)).sort());
  });

  it("rejects out-of-range and non-integer years", () => {
    for (const year of ["1949", "2051", "2013.5", "1e3", " ", "twenty"]) {
      expect(parseState(`year=${year}`, options).year).toBeNull();
    }
    expect(parseState("year=%202013%20", options).year).toBe(2013);
  });

  it("does not pollute Object.prototype", () => {
    parseState("__proto__=x&constructor=y&year=2013", options);
    expect(({} as Record<string, unknown>).year).toBeUndefined();
  });

  it("takes a URLSearchParams as well as a string", () => {
    expect(parseState(new URLSearchParams({ scale: "log" }), options).scale).toBe("log");
  });
});

describe("serializeState", () => {
  it("omits defaults", () => {
    expect(serializeState(defaultState(options), options).toString()).toBe("");
  });

  it("writes only what differs, and round-trips", () => {
    const state = { ...defaultState(options), lang: "kk", year: 2019, scale: "log" as const, cats: ["summit", "visit"] };
    const query = serializeState(state, options).toString();
    expect(query).toBe("lang=kk&year=2019&scale=log&cats=summit%2Cvisit");
    expect(parseState(query, options)).toEqual(state);
  });
});
