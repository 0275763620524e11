import { describe, expect, it } from "vitest";
import { formatters } from "../../lib/format";
import { timelineFixture } from "../../../tests/fixtures/timeline";
import { inLanguage } from "../inLanguage";
import { timelineFileSchema } from "../schemas/timeline";
import { eventDateText, findEvent, ladder, levelName } from "./timeline";

const raw = timelineFileSchema.parse(timelineFixture);
const file = inLanguage(raw, "en");
const en = formatters("en");

describe("the ladder and its events", () => {
  it("runs from the first rung up", () => {
    expect(ladder(file).map((l) => l.rank)).toEqual([1, 2, 3, 4]);
  });

  it("names a level in the reader's language, English otherwise", () => {
    expect(levelName(ladder(inLanguage(raw, "zh"))[1]!)).toBe("战略伙伴关系");
    expect(levelName(ladder(inLanguage(raw, "fr"))[1]!)).toBe("Strategic partnership");
  });

  it("finds the event a URL names, or nothing", () => {
    expect(findEvent(file.events, "xi-2013")?.title).toBe("Xi Jinping's first state visit to Kazakhstan");
    expect(findEvent(file.events, "no-such-event")).toBeNull();
    expect(findEvent(file.events, null)).toBeNull();
  });
});

describe("eventDateText", () => {
  it("shows a date at the precision the data has", () => {
    expect(eventDateText("en", en, { date: "2005-07-04", precision: "day" })).toBe("July 4, 2005");
    expect(eventDateText("en", en, { date: "2014-12", precision: "month" })).toBe("December 2014");
    expect(eventDateText("en", en, { date: "2012", precision: "year" })).toBe("2012");
  });

  it("shows a multi-day event as one range", () => {
    // Intl puts thin spaces around the dash.
    expect(eventDateText("en", en, { date: "2013-09-06", precision: "day", endDate: "2013-09-08" }).replace(/\s/g, " ")).toBe(
      "September 6 – 8, 2013",
    );
    expect(eventDateText("en", en, { date: "2005-10-26", precision: "day", endDate: "2005-10-26" })).toBe("October 26, 2005");
  });
});
