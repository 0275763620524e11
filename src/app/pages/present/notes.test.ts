import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  investment as smallInvestment,
  places as smallPlaces,
  timeline as smallTimeline,
  trade as smallTrade,
} from "../../../../tests/fixtures/datasets";
import { inLanguage } from "../../../data/inLanguage";
import { investmentFileSchema } from "../../../data/schemas/investment";
import { placesFileSchema } from "../../../data/schemas/places";
import { sourcesFileSchema } from "../../../data/schemas/sources";
import { timelineFileSchema } from "../../../data/schemas/timeline";
import { tradeFileSchema } from "../../../data/schemas/trade";
import { formatters } from "../../../lib/format";
import { pluralTranslator, translator } from "../../../lib/i18n";
import { notesNeeds, stepNotes, type StepNotes } from "./notes";
import { STORY, type Step, type StoryData } from "./story";

const DATA = join(import.meta.dirname, "../../../../data");
const read = (name: string): unknown => JSON.parse(readFileSync(join(DATA, `${name}.json`), "utf8"));

/** The shipped datasets, as a page in `lang` reads them (a fresh copy on every call, safe to mutate). */
const shipped = (lang = "en"): Required<StoryData> => ({
  trade: inLanguage(tradeFileSchema.parse(read("trade")), lang),
  timeline: inLanguage(timelineFileSchema.parse(read("timeline")), lang),
  investment: inLanguage(investmentFileSchema.parse(read("investment")), lang),
  places: inLanguage(placesFileSchema.parse(read("places")), lang),
});
const sourceIds = new Set(sourcesFileSchema.parse(read("sources")).sources.map((s) => s.id));
const localeOf = (lang: string) => ({ lang, t: translator(lang), tn: pluralTranslator(lang), fmt: formatters(lang) });
const en = localeOf("en");

const stepById = (id: string): Step => {
  const step = STORY.find((s) => s.id === id);
  if (!step) throw new Error(`no step "${id}" in the story`);
  return step;
};
const notesOf = (id: string, data: StoryData = shipped(), locale = en) => stepNotes(stepById(id), data, locale);
/** "label: value (reporter)" for each figure, as a teacher reads them. */
const figures = (notes: StepNotes | null) => notes?.figures.map((f) => `${f.label}: ${f.value}${f.reporter ? ` (${f.reporter})` : ""}`);

describe("the presenter's notes", () => {
  it("has words, figures and a question for every step, from the shipped data", () => {
    const data = shipped();
    for (const step of STORY) {
      const notes = stepNotes(step, data, en);
      expect(notes, step.id).not.toBeNull();
      expect(notes!.say.length, step.id).toBeGreaterThan(40);
      expect(notes!.figures.length, step.id).toBeGreaterThan(0);
      expect(notes!.question, step.id).toMatch(/\?$/);
      // Every placeholder was filled.
      expect([notes!.say, notes!.question, ...notes!.figures.flatMap((f) => [f.label, f.value])].join(" "), step.id).not.toMatch(/\{\w+\}/);
    }
  });

  it("cites only sources listed in data/sources.json, taken from the records the figures come from", () => {
    const data = shipped();
    for (const step of STORY) {
      for (const figure of stepNotes(step, data, en)?.figures ?? []) {
        expect(figure.sourceIds.length, `${step.id}: ${figure.label}`).toBeGreaterThan(0);
        expect(
          figure.sourceIds.filter((id) => !sourceIds.has(id)),
          `${step.id}: ${figure.label}`,
        ).toEqual([]);
      }
    }
    // The 1992 figure cites the 1992 point's own sources.
    const first = shipped()
      .trade.series.find((s) => s.id === "cn-total")!
      .points.find((p) => p.year === 1992)!;
    expect(
      notesOf("ties")?.figures.find((f) => f.label === "Bilateral trade, 1992" && f.reporter === "China's customs")?.sourceIds,
    ).toEqual(first.sources);
  });

  it("opens with the day relations began and the first year's trade, by each reporter", () => {
    const notes = notesOf("ties")!;
    expect(notes.say).toMatch(
      /^China and Kazakhstan established diplomatic relations on January 3, 1992, .* China's customs recorded \$368M/,
    );
    expect(figures(notes)).toEqual([
      "Diplomatic relations established: January 3, 1992",
      "Bilateral trade, 1992: $368M (China's customs)",
      "Bilateral trade, 1992: $373M (Kazakhstan's side, estimated by a third party)",
    ]);
    expect(notes.question).toBe("Before we move on, write down a guess: how much bigger had this trade become by 2024?");
  });

  it("computes the growth, its deepest fall and its average rate from China's customs series", () => {
    const growth = notesOf("growth")!;
    expect(growth.say).toBe(
      "By 2024, China's customs recorded $43.8B of trade with Kazakhstan: 119 times the 1992 figure. The climb was not steady: between 2013 and 2016, trade fell by 54.3%.",
    );
    expect(figures(growth)).toEqual([
      "Bilateral trade, 1992: $368M (China's customs)",
      "Bilateral trade, 2024: $43.8B (China's customs)",
      "Growth, 1992 to 2024: 119 times (China's customs)",
      "Fall from the 2013 high to 2016: 54.3% (China's customs)",
    ]);
    expect(growth.question).toBe("Trade fell by 54.3% between 2013 and 2016. What could make trade between neighbours drop that fast?");
    expect(figures(notesOf("log"))).toEqual([
      "Average yearly growth, 1992–2024: 16.1% (China's customs)",
      "Fastest rise in one year, 1998 to 1999: +79.2% (China's customs)",
    ]);
  });

  it("sets the two reporters side by side, and shows in which direction their figures part", () => {
    const notes = notesOf("reporters")!;
    expect(notes.say).toContain(
      "In 2024, China's customs recorded $43.8B and Kazakhstan's statistics $30.1B: China's figure is 45.6% higher.",
    );
    // The latest year both sides give the flow: China's 2023 exports are its total less its imports from Kazakhstan.
    expect(notes.say).toContain(
      "in 2023, China's customs recorded $24.7B of exports, Kazakhstan's statistics $16.7B of imports from China.",
    );
    expect(figures(notes)).toEqual([
      "Bilateral trade, 2024: $43.8B (China's customs)",
      "Bilateral trade, 2024: $30.1B (Kazakhstan's statistics)",
      "How much higher China's figure is, 2024: 45.6%",
      "Years in which China's figure is the higher, 1994–2024: 30 of 31 years",
      "China's exports to Kazakhstan, 2023: $24.7B (China's customs)",
      "Kazakhstan's imports from China, 2023: $16.7B (Kazakhstan's statistics)",
      "Kazakhstan's exports to China, 2023: $14.7B (Kazakhstan's statistics)",
      "China's imports from Kazakhstan, 2023: $16.3B (China's customs)",
    ]);
  });

  it("names the rungs of the ladder, the speech's year in trade, the investment counts and the places' facts", () => {
    expect(figures(notesOf("ladder"))).toEqual([
      "Diplomatic relations: January 3, 1992",
      "Strategic partnership: July 4, 2005",
      "Comprehensive strategic partnership: June 13, 2011",
      "Permanent comprehensive strategic partnership: September 11, 2019",
    ]);
    expect(notesOf("ladder")?.say).toMatch(
      /^The two governments have upgraded their relationship 3 times, from Diplomatic relations in 1992/,
    );
    expect(figures(notesOf("belt"))).toEqual([
      "Xi proposes the Silk Road Economic Belt in Astana: September 7, 2013",
      "Bilateral trade, 2013: $28.6B (China's customs)",
      "Bilateral trade, 2013: $22.4B (Kazakhstan's statistics)",
    ]);
    expect(figures(notesOf("investment"))).toEqual([
      "Gross inflow of Chinese direct investment, 2005–2023: $25.3B",
      "Gross inflow in 2023: $1.8B",
      "A stock at one date, as of 2025: $11.4B",
      "Including loans, to 2017: more than $42.8B",
    ]);
    expect(figures(notesOf("khorgos"))).toContain("In operation: July 29, 2015");
    expect(figures(notesOf("lianyungang"))).toContain("Cost of the project: $100M");
    // The base was agreed the day of the speech: a coincidence the data shows, so the notes say it.
    expect(notesOf("lianyungang")?.say).toContain("It was agreed on September 7, 2013, a day the timeline also marks");
  });

  it("holds back the answer of a step the class predicts, for the presenter", () => {
    const line = notesOf("guess-growth")!;
    expect(line.say).toBe(
      "The class draws how trade went on after 2005, when China's customs recorded $6.8B. Let everyone commit to a line before you reveal it. The answer: $43.8B in 2024, 6.4 times the 2005 figure, with a fall of 54.3% between 2013 and 2016 on the way.",
    );
    expect(figures(line)).toEqual([
      "Bilateral trade, 2005: $6.8B (China's customs)",
      "Bilateral trade, 2024: $43.8B (China's customs)",
      "Growth, 2005 to 2024: 6.4 times (China's customs)",
      "Fall from the 2013 high to 2016: 54.3% (China's customs)",
    ]);
    // The figures the class chooses from, the answer first.
    const choice = notesOf("guess-investment")!;
    expect(choice.say).toMatch(/^The class chooses, among 4 published totals, .* The answer is \$25\.3B;/);
    expect(figures(choice)).toEqual([
      "The answer: Gross inflow of Chinese direct investment, 2005–2023: $25.3B",
      "Research trackers, 2015: $1.2B",
      "A stock at one date, as of 2025: $11.4B",
      "Including loans, to 2017: more than $42.8B",
    ]);
  });

  it("writes every number with the reader's language's formats", () => {
    const ru = localeOf("ru");
    const notes = notesOf("growth", shipped("ru"), ru)!;
    expect(notes.figures[1]?.value).toBe(ru.fmt.usdCompact(43_820));
    expect(notes.say).toContain(ru.fmt.usdCompact(43_820));
    expect(notes.say).toContain(ru.fmt.percent(0.5426));
    expect(notes.say).not.toContain("$43.8B");
  });

  it("leaves out a figure the data lacks, rather than failing or inventing it", () => {
    const data = shipped();
    data.trade.series = data.trade.series.filter((s) => s.id !== "kz-exports");
    const kz = data.trade.series.find((s) => s.id === "kz-total")!;
    kz.points = kz.points.filter((p) => p.year !== 1992);
    const reporters = notesOf("reporters", data)!;
    expect(reporters.figures).toHaveLength(6);
    // Without Kazakhstan's exports there is nothing to compare China's exports gap with: that sentence goes too.
    expect(reporters.say).not.toContain("Most of the gap");
    expect(figures(notesOf("ties", data))).toHaveLength(2);

    data.investment.counts = data.investment.counts.filter((c) => c.kind !== "stock");
    data.investment.inflows = [];
    expect(figures(notesOf("investment", data))).toEqual([
      "Gross inflow of Chinese direct investment, 2005–2023: $25.3B",
      "Including loans, to 2017: more than $42.8B",
    ]);
    expect(notesOf("investment", data)?.say).not.toContain("stock");

    const base = data.places.features.find((f) => f.id === "lianyungang-base")!;
    delete base.properties.cost;
    delete base.properties.dates;
    expect(figures(notesOf("lianyungang", data))?.some((f) => /^(Cost|Agreed)/.test(f))).toBe(false);
    expect(notesOf("lianyungang", data)?.say).not.toContain("agreed");
  });

  it("has no notes for a step whose data lacks what it is about, and works on small datasets", () => {
    for (const step of STORY) expect(stepNotes(step, {}, en), step.id).toBeNull();
    const small: StoryData = {
      trade: inLanguage(tradeFileSchema.parse(smallTrade), "en"),
      timeline: inLanguage(timelineFileSchema.parse(smallTimeline), "en"),
      investment: inLanguage(investmentFileSchema.parse(smallInvestment), "en"),
      places: inLanguage(placesFileSchema.parse(smallPlaces), "en"),
    };
    expect(() => STORY.map((step) => stepNotes(step, small, en))).not.toThrow();
    const growth = notesOf("growth", small)!;
    expect(growth.say).toBe("By 2023, China's customs recorded $41B of trade with Kazakhstan: 111 times the 1992 figure.");
    expect(growth.figures).toHaveLength(3);
    expect(notesOf("log", small)?.figures).toHaveLength(1);
  });

  it("reads the datasets its figures cite beside the step's own", () => {
    expect(notesNeeds(stepById("belt"))).toEqual(["timeline", "trade"]);
    expect(notesNeeds(stepById("lianyungang"))).toEqual(["places", "timeline"]);
    expect(notesNeeds(stepById("growth"))).toEqual(["trade"]);
    for (const step of STORY) expect(notesNeeds(step)).toEqual(expect.arrayContaining([...step.needs]));
  });

  it("gives a step the list does not name notes from the event or place it shows, and none otherwise", () => {
    const data = shipped();
    const event: Step = {
      id: "visa-free",
      view: "timeline",
      preset: { event: "silk-road-economic-belt" },
      needs: ["timeline"],
      text: () => null,
    };
    expect(stepNotes(event, data, en)?.say).toMatch(/^September 7, 2013: Xi proposes the Silk Road Economic Belt in Astana\. In a speech/);
    const place: Step = { id: "a-place", view: "map", preset: { place: "khorgos-gateway" }, needs: ["places"], text: () => null };
    expect(stepNotes(place, data, en)?.say).toMatch(/^Khorgos Gateway dry port: The KTZE–Khorgos Gateway dry port/);
    const bare: Step = { id: "new", view: "trade", preset: {}, needs: ["trade"], text: () => null };
    expect(stepNotes(bare, data, en)).toBeNull();
    expect(notesNeeds(bare)).toEqual(["trade"]);
  });
});
