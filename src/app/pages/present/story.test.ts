import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inLanguage } from "../../../data/inLanguage";
import { investmentFileSchema } from "../../../data/schemas/investment";
import { placesFileSchema } from "../../../data/schemas/places";
import { timelineFileSchema } from "../../../data/schemas/timeline";
import { tradeFileSchema } from "../../../data/schemas/trade";
import { formatters } from "../../../lib/format";
import { pluralTranslator, translator } from "../../../lib/i18n";
import { parseState, withShared } from "../../../lib/urlState";
import { URL_OPTIONS } from "../../../lib/useUrlState";
import { VIEW_URL_KEYS } from "../../viewRegistry";
import { isBareState, STORY, stepState, storyIds, type StoryData } from "./story";

const DATA = join(import.meta.dirname, "../../../../data");
const read = (name: string): unknown => JSON.parse(readFileSync(join(DATA, `${name}.json`), "utf8"));

const shipped: Required<StoryData> = {
  trade: inLanguage(tradeFileSchema.parse(read("trade")), "en"),
  timeline: inLanguage(timelineFileSchema.parse(read("timeline")), "en"),
  investment: inLanguage(investmentFileSchema.parse(read("investment")), "en"),
  places: inLanguage(placesFileSchema.parse(read("places")), "en"),
};
const locale = { lang: "en", t: translator("en"), tn: pluralTranslator("en"), fmt: formatters("en") };

describe("the classroom story", () => {
  it("names only events and places the shipped data has", () => {
    const { events, places } = storyIds();
    expect(events.filter((id) => !shipped.timeline.events.some((e) => e.id === id))).toEqual([]);
    expect(places.filter((id) => !shipped.places.features.some((f) => f.id === id))).toEqual([]);
  });

  it("computes a title and a caption for every step from the shipped data", () => {
    const texts = STORY.map((step) => step.text(shipped, locale));
    expect(texts.every((text) => text !== null && text.title.length > 0 && text.caption.length > 0)).toBe(true);
    const byId = Object.fromEntries(STORY.map((s, i) => [s.id, texts[i]]));
    expect(byId.growth?.title).toBe("2024: $43.8B");
    expect(byId.ladder?.caption).toBe(
      "The partnership was upgraded step by step: Diplomatic relations (1992), Strategic partnership (2005), Comprehensive strategic partnership (2011), and Permanent comprehensive strategic partnership (2019).",
    );
    expect(byId.investment?.title).toBe("How much has China invested?");
    expect(byId.investment?.caption).toMatch(
      /^By Kazakhstan's official data, \$25\.3B of Chinese investment came in, 2005–2023\. Other published totals run from \$[\d.]+[MB] to \$[\d.]+B/,
    );
  });

  it("says nothing it cannot compute: a step whose data lacks its figures returns null", () => {
    const empty: StoryData = {};
    expect(STORY.map((s) => s.text(empty, locale))).toEqual(STORY.map(() => null));
  });

  it("sets every view key on each step, so no state leaks from the step before", () => {
    const log = STORY.find((s) => s.id === "log")!;
    const state = stepState(log);
    expect(state.scale).toBe("log");
    expect(state.event).toBeNull();
    expect(state.reporter).toBe("cn");
  });

  it("tells a bare step link from one that carries view state", () => {
    const parse = (query: string) => parseState(withShared(VIEW_URL_KEYS), query, URL_OPTIONS);
    expect(isBareState(parse("?step=3&lang=en&theme=dark"))).toBe(true);
    expect(isBareState(parse("?step=3&from=2000"))).toBe(false);
    expect(isBareState(parse("?step=3&cats=visit"))).toBe(false);
  });
});
