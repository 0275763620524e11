import { describe, expect, it } from "vitest";
import { readHostMessage } from "./hostMessages";

const set = (state: unknown) => readHostMessage({ type: "silk-road-ledger:set", state });

describe("readHostMessage", () => {
  it("reads a set message's keys as URL text, for the URL's own parser", () => {
    expect(set({ year: 2013, theme: "dark", layers: ["oil", "gas"], title: false })).toEqual({
      kind: "set",
      values: { year: "2013", theme: "dark", layers: ["oil", "gas"], title: "0" },
    });
  });

  it("takes null as 'back to the default'", () => {
    expect(set({ year: null })).toEqual({ kind: "set", values: { year: "" } });
  });

  it("reads reveal.js's slide messages and a request for the state", () => {
    expect(readHostMessage("slide:start")).toEqual({ kind: "slide", visible: true });
    expect(readHostMessage("slide:stop")).toEqual({ kind: "slide", visible: false });
    expect(readHostMessage({ type: "silk-road-ledger:get" })).toEqual({ kind: "get" });
  });

  it("leaves out values no URL could hold: objects, functions, long text, long lists, odd keys", () => {
    const values = set({
      year: { toString: () => "2013" },
      theme: () => "dark",
      lang: "x".repeat(1_000_000),
      layers: Array.from({ length: 100 }, () => "oil"),
      cats: [{}],
      scale: Number.NaN,
      "<img src=x onerror=alert(1)>": "1",
      __proto__: { polluted: "yes" },
      from: 1992,
    });
    expect(values).toEqual({ kind: "set", values: { from: "1992" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("passes markup on only as text, for the parser to refuse", () => {
    expect(set({ event: "<script>alert(1)</script>" })).toEqual({ kind: "set", values: { event: "<script>alert(1)</script>" } });
  });

  it("ignores anything else: other types, other shapes, other senders' strings", () => {
    for (const data of [
      null,
      undefined,
      42,
      "hello",
      '{"type":"silk-road-ledger:set"}',
      [],
      { type: "silk-road-ledger:navigate", url: "https://evil.example" },
      { type: "silk-road-ledger:set" },
      { type: "silk-road-ledger:set", state: "year=2013" },
      { type: "silk-road-ledger:set", state: [2013] },
      { type: "silk-road-ledger:set", state: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "1"])) },
      { context: "iframe.resize", height: 10 },
    ]) {
      expect(readHostMessage(data)).toBeNull();
    }
  });
});
