import { describe, expect, it } from "vitest";
import { parseState, serializeState } from "../../lib/urlState";
import { INVESTMENT_URL_KEYS } from "./urlKeys";

const options = { languages: ["en"] };
const parse = (query: string) => parseState(INVESTMENT_URL_KEYS, query, options);

describe("the investment view's URL keys", () => {
  it("default to every sector and no deal", () => {
    expect(parse("")).toEqual({ sector: null, deal: null });
  });

  it("read the sector and the selected deal, ignoring what cannot be an id", () => {
    expect(parse("sector=oil-gas&deal=kashagan-2013")).toEqual({ sector: "oil-gas", deal: "kashagan-2013" });
    expect(parse("sector=<b>&deal=a--b")).toEqual({ sector: null, deal: null });
  });

  it("write only what differs", () => {
    expect(serializeState(INVESTMENT_URL_KEYS, parse("deal=kashagan-2013"), options).toString()).toBe("deal=kashagan-2013");
  });
});
