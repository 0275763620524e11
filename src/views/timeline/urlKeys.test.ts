import { describe, expect, it } from "vitest";
import { parseState, serializeState } from "../../lib/urlState";
import { TIMELINE_URL_KEYS } from "./urlKeys";

const options = { languages: ["en"] };
const parse = (query: string) => parseState(TIMELINE_URL_KEYS, query, options);

describe("the timeline's URL keys", () => {
  it("default to no selection, every category, every era, as a chart", () => {
    expect(parse("")).toEqual({ event: null, cats: [], era: null, layout: "chart" });
  });

  it("read the selected event and the categories shown, sorted and without duplicates", () => {
    expect(parse("event=srebelt-2013&cats=visit,summit,visit")).toMatchObject({ event: "srebelt-2013", cats: ["summit", "visit"] });
  });

  it("read the era and layout, ignoring anything else", () => {
    expect(parse("era=strategic-partnership&layout=list")).toMatchObject({ era: "strategic-partnership", layout: "list" });
    expect(parse("era=<script>&layout=grid&event=Bad Id&cats=ok,<b>")).toEqual({ event: null, cats: ["ok"], era: null, layout: "chart" });
  });

  it("write only what differs", () => {
    expect(serializeState(TIMELINE_URL_KEYS, parse("layout=chart&era=x"), options).toString()).toBe("era=x");
  });
});
