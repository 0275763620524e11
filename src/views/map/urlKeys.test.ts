import { describe, expect, it } from "vitest";
import { parseState, serializeState } from "../../lib/urlState";
import { MAP_URL_KEYS } from "./urlKeys";

const options = { languages: ["en"] };
const parse = (query: string) => parseState(MAP_URL_KEYS, query, options);

describe("the map's URL keys", () => {
  it("default to no place and every group", () => {
    expect(parse("")).toEqual({ place: null, layers: [] });
  });

  it("read the selected place and the groups shown, sorted, ignoring what cannot be an id", () => {
    expect(parse("place=khorgos-icbc&layers=wind,oil,wind")).toEqual({ place: "khorgos-icbc", layers: ["oil", "wind"] });
    expect(parse("place=-x&layers=<b>")).toEqual({ place: null, layers: [] });
  });

  it("write only what differs", () => {
    expect(serializeState(MAP_URL_KEYS, parse("layers=gas,oil"), options).toString()).toBe("layers=gas%2Coil");
  });
});
