import { describe, expect, it } from "vitest";
import { parseState, serializeState } from "../../lib/urlState";
import { INVESTMENT_URL_KEYS } from "./urlKeys";

const options = { languages: ["en"] };
const parse = (query: string) => parseState(INVESTMENT_URL_KEYS, query, options);
const serialize = (query: string) => serializeState(INVESTMENT_URL_KEYS, parse(query), options).toString();

describe("the investment view's URL keys", () => {
  it("default to every sector and no deal", () => {
    expect(parse("")).toEqual({ sectors: [], deal: null });
  });

  it("read the sectors shown and the selected deal, ignoring what cannot be an id", () => {
    expect(parse("sectors=oil-gas,mining,oil-gas&deal=kashagan-2013")).toEqual({ sectors: ["mining", "oil-gas"], deal: "kashagan-2013" });
    expect(parse("sectors=<b>,mining&deal=a--b")).toEqual({ sectors: ["mining"], deal: null });
  });

  it("read an old link's one sector as the only one shown, and write it under today's name", () => {
    expect(parse("sector=energy")).toEqual({ sectors: ["energy"], deal: null });
    expect(parse("sector=energy&sectors=mining").sectors).toEqual(["mining"]);
    expect(serialize("sector=energy&deal=kashagan-2013")).toBe("sectors=energy&deal=kashagan-2013");
  });

  it("write only what differs", () => {
    expect(serialize("deal=kashagan-2013")).toBe("deal=kashagan-2013");
    expect(serialize("sectors=mining,energy")).toBe("sectors=energy%2Cmining");
  });
});
