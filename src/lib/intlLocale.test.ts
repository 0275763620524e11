import { describe, expect, it } from "vitest";
import { collationLocale, hasLocaleData, kazakhDate, kazakhDateRange, kazakhList, numberLocale } from "./intlLocale";
import { rangeText } from "./rangeText";

describe("the Intl locale of a language", () => {
  it("is the language's own where the runtime has its formats (Node's full ICU has Kazakh)", () => {
    expect(hasLocaleData("kk")).toBe(true);
    expect(numberLocale("zh")).toBe("zh");
    // Kazakh numbers go through Russian everywhere, so Node's prerender and a browser without Kazakh agree.
    expect(numberLocale("kk")).toBe("ru");
  });

  it("writes Kazakh numbers as Russian does, the stand-in where a browser lacks Kazakh's formats", () => {
    const compact = (lang: string) =>
      new Intl.NumberFormat(lang, { style: "currency", currency: "USD", notation: "compact", maximumSignificantDigits: 3 }).format(43.8e9);
    expect(compact("ru")).toBe(compact("kk"));
  });

  it("writes Kazakh dates as CLDR does, for a browser without them", () => {
    const time = Date.UTC(2019, 8, 11);
    const own = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("kk", { ...options, timeZone: "UTC" }).format(time);
    expect(kazakhDate(time, "day")).toBe(own({ year: "numeric", month: "long", day: "numeric" }));
    expect(kazakhDate(time, "month")).toBe(own({ year: "numeric", month: "long" }));
    expect(kazakhDate(time, "year")).toBe("2019");
    expect(kazakhDate(time, "day")).toBe("2019 ж. 11 қыркүйек");
  });

  it("writes Kazakh lists as CLDR does, for a browser without them: the prerendered page and the browser agree", () => {
    for (const items of [["a"], ["a", "b"], ["a", "b", "c"], ["a", "b", "c", "d"]]) {
      expect(kazakhList(items, "conjunction")).toBe(new Intl.ListFormat("kk", { style: "long", type: "conjunction" }).format(items));
      expect(kazakhList(items, "unit")).toBe(new Intl.ListFormat("kk", { style: "short", type: "unit" }).format(items));
    }
    expect(kazakhList(["CCTV", "CASS"], "conjunction")).toBe("CCTV және CASS");
  });

  it("writes Kazakh date ranges as CLDR does, sharing what the two dates share", () => {
    const OPTIONS = {
      day: { year: "numeric", month: "long", day: "numeric" },
      month: { year: "numeric", month: "long" },
      year: { year: "numeric" },
    } as const;
    const pairs = [
      [Date.UTC(2005, 9, 26), Date.UTC(2005, 9, 27)],
      [Date.UTC(2005, 9, 26), Date.UTC(2005, 10, 3)],
      [Date.UTC(2005, 9, 26), Date.UTC(2006, 1, 3)],
      [Date.UTC(2005, 9, 26), Date.UTC(2005, 9, 26)],
    ] as const;
    for (const precision of ["day", "month", "year"] as const) {
      const format = new Intl.DateTimeFormat("kk", { ...OPTIONS[precision], timeZone: "UTC" });
      for (const [from, to] of pairs) expect(kazakhDateRange(from, to, precision)).toBe(rangeText(format.formatRange(from, to)));
    }
    expect(kazakhDateRange(Date.UTC(2005, 9, 26), Date.UTC(2005, 9, 27), "day")).toBe("2005 ж. 26–27 қазан");
  });
});

describe("collationLocale", () => {
  it("sorts Kazakh as Russian, so a list sorted on the server keeps its order in every browser", () => {
    expect(collationLocale("kk")).toBe("ru");
    expect(["Akorda", "Жэньминь жибао"].sort(new Intl.Collator(collationLocale("kk")).compare)).toEqual(["Жэньминь жибао", "Akorda"]);
    expect(collationLocale("zh")).toBe("zh");
  });
});
