import { describe, expect, it } from "vitest";
import { composeKeys, SHARED_URL_KEYS } from "../../lib/urlState";
import { MAP_URL_KEYS } from "../../views/map/urlKeys";
import { TRADE_URL_KEYS } from "../../views/trade/urlKeys";
import { applySet } from "./applySet";

const keys = composeKeys(SHARED_URL_KEYS, TRADE_URL_KEYS, MAP_URL_KEYS);
const options = { languages: ["en"] };

describe("applySet", () => {
  it("reads each value as its URL key would", () => {
    expect(applySet({ year: "2013", theme: "DARK", scale: "log", layers: ["oil", "gas"] }, keys, options)).toEqual({
      year: 2013,
      theme: "dark",
      scale: "log",
      layers: ["gas", "oil"],
    });
  });

  it("takes the old names links still use", () => {
    expect(applySet({ focus: "2005", start: "2000" }, keys, options)).toEqual({ year: 2005, from: 2000 });
  });

  it("puts a key given as null or empty back to its default", () => {
    expect(applySet({ year: "", theme: "", layers: [] }, keys, options)).toEqual({ year: null, theme: "auto", layers: [] });
  });

  it("changes nothing for a value the key cannot take, a list for a key that is not one, or a key it does not know", () => {
    expect(
      applySet(
        { year: "<img src=x>", theme: ["dark"], place: "javascript:alert(1)", scale: "9", lang: "xx", constructor: "1", unknown: "1" },
        keys,
        options,
      ),
    ).toEqual({});
  });
});
