import { describe, expect, it } from "vitest";
import { formatters } from "../../lib/format";
import { eventDateText } from "./eventDate";

const en = formatters("en");

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
