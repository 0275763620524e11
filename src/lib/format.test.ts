import { describe, expect, it } from "vitest";
import { formatters } from "./format";

describe("formatters", () => {
  const en = formatters("en");

  it("formats millions of dollars compactly", () => {
    expect(en.usdCompact(368)).toBe("$368M");
    expect(en.usdCompact(41_020)).toBe("$41B");
    expect(en.usdCompact(25_300)).toBe("$25.3B");
  });

  it("formats an exact dollar figure", () => {
    expect(en.usdExact(363.4)).toBe("$363,400,000");
  });

  it("formats multiples and percentages", () => {
    expect(en.multiple(111.47)).toBe("111");
    expect(en.multiple(6.237)).toBe("6.2");
    expect(en.percent(0.306)).toBe("30.6%");
    expect(en.percent(-0.084, true)).toBe("-8.4%");
    expect(en.percent(0.322, true)).toBe("+32.2%");
  });

  it("formats dates at their precision, without a time-zone shift", () => {
    expect(en.date("1992-01-03", "day")).toBe("January 3, 1992");
    expect(en.date("2005-07", "month")).toBe("July 2005");
    expect(en.date("2013", "year")).toBe("2013");
  });

  it("follows the language", () => {
    expect(formatters("ru").date("2019-09-11", "day")).toMatch(/11 сентября 2019/);
    expect(formatters("zh").date("2019-09-11", "day")).toBe("2019年9月11日");
    expect(formatters("de").usdExact(1)).toMatch(/1\.000\.000/);
  });

  it("joins lists", () => {
    expect(en.list(["GACC", "BNS", "IMF"])).toBe("GACC, BNS, and IMF");
  });
});
