import { describe, expect, it } from "vitest";
import { defaultState, parseState, serializeState, withShared } from "../../lib/urlState";
import { TRADE_URL_KEYS } from "./urlKeys";

const options = { languages: ["en", "kk"] };
const keys = withShared(TRADE_URL_KEYS);
const parse = (query: string) => parseState(keys, query, options);

describe("the trade view's URL keys", () => {
  it("default to China's total on a linear scale over every year", () => {
    expect(parseState(TRADE_URL_KEYS, "", options)).toEqual({ scale: "linear", from: null, to: null, reporter: "cn", flow: "total" });
  });

  it("read the scale, the years, the reporter and the flow", () => {
    expect(parse("scale=log&from=2000&to=2023&reporter=kz&flow=split&year=2013")).toMatchObject({
      scale: "log",
      from: 2000,
      to: 2023,
      reporter: "kz",
      flow: "split",
      year: 2013,
    });
  });

  it("fall back to the defaults for anything else", () => {
    expect(parse("scale=log%00&from=__proto__&to=constructor&reporter=cn;DROP TABLE&flow=<b>")).toEqual(defaultState(keys, options));
  });

  it("swap a backwards year range", () => {
    const state = parse("from=2020&to=1995");
    expect([state.from, state.to]).toEqual([1995, 2020]);
  });

  it("keep old links working: start and end were the range's ends", () => {
    expect(parse("language=kk&focus=2005&start=1992&end=2010")).toMatchObject({ lang: "kk", year: 2005, from: 1992, to: 2010 });
    expect(parse("start=1992&from=2000").from).toBe(2000);
  });

  it("write only what differs, under today's names", () => {
    expect(serializeState(keys, parse("start=1992&end=2010&scale=linear&reporter=both"), options).toString()).toBe(
      "from=1992&to=2010&reporter=both",
    );
  });
});
