import { describe, expect, it } from "vitest";
import { parseState, serializeState, SHARED_URL_KEYS, withShared } from "../lib/urlState";
import { VIEW_IDS, VIEWS, VIEW_URL_KEYS } from "./viewRegistry";

const options = { languages: ["en", "zh", "ru", "kk"] };
const keys = withShared(VIEW_URL_KEYS);
const parse = (query: string) => parseState(keys, query, options);

describe("the view registry's URL keys", () => {
  it("are every view's own keys together, none claimed by two views or by the shared keys", () => {
    const own = VIEW_IDS.flatMap((id) => Object.keys(VIEWS[id].urlKeys.specs));
    expect(new Set(own).size).toBe(own.length);
    expect(Object.keys(VIEW_URL_KEYS.specs)).toEqual(own);
    expect(own.filter((key) => key in SHARED_URL_KEYS.specs)).toEqual([]);
    expect(Object.keys(VIEWS.trade.urlKeys.specs)).toEqual(["scale", "from", "to", "reporter", "flow"]);
    expect(Object.keys(VIEWS.investment.urlKeys.specs)).toEqual(["sectors", "deal"]);
    expect(Object.keys(VIEWS.timeline.urlKeys.specs)).toEqual(["event", "cats", "era", "layout"]);
    expect(Object.keys(VIEWS.map.urlKeys.specs)).toEqual(["place", "layers"]);
  });

  it("read a link that names every view's keys, and the old names, as they always have", () => {
    expect(
      parse(
        "language=zh&theme=dark&focus=2013&scale=log&start=2020&end=2000&reporter=kz&flow=split&step=3" +
          "&event=srebelt-2013&cats=visit,summit&era=x&layout=list&sector=mining&deal=kashagan-2013&place=khorgos-icbc&layers=wind",
      ),
    ).toMatchObject({
      lang: "zh",
      theme: "dark",
      year: 2013,
      scale: "log",
      from: 2000,
      to: 2020,
      reporter: "kz",
      flow: "split",
      step: 3,
      event: "srebelt-2013",
      cats: ["summit", "visit"],
      era: "x",
      layout: "list",
      sectors: ["mining"],
      deal: "kashagan-2013",
      place: "khorgos-icbc",
      layers: ["wind"],
    });
  });

  it("write a link back without its defaults, and read it again the same", () => {
    const state = parse("year=2019&scale=log&cats=visit&place=khorgos-gateway&layout=chart&reporter=cn");
    const query = serializeState(keys, state, options).toString();
    expect(query).toBe("year=2019&scale=log&cats=visit&place=khorgos-gateway");
    expect(parse(query)).toEqual(state);
  });

  it.each(["year=<script>", "scale=log%00&reporter=<b>&cats=__proto__", `layers=${"x,".repeat(500)}`, "%E0%A4%A"])(
    "fall back to the defaults on a hostile link, without throwing: %s",
    (query) => {
      expect(serializeState(keys, parse(query), options).toString()).toBe("");
    },
  );
});
