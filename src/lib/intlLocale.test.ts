import { describe, expect, it } from "vitest";
import { hasLocaleData, kazakhDate, numberLocale } from "./intlLocale";

describe("the Intl locale of a language", () => {
  it("is the language's own where the runtime has its formats (Node's full ICU has Kazakh)", () => {
    expect(hasLocaleData("kk")).toBe(true);
    expect(numberLocale("kk")).toBe("kk");
    expect(numberLocale("zh")).toBe("zh");
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
});
