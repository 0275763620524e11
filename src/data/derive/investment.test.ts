import { describe, expect, it } from "vitest";
import type { InvestmentCount } from "../schemas/investment";
import { formatters } from "../../lib/format";
import { translator } from "../../lib/i18n";
import { countAmount, periodLabel } from "./investment";

const count = (over: Partial<InvestmentCount>): InvestmentCount => ({
  id: "x",
  value: 42_800,
  unit: "USD million",
  qualifier: "more-than",
  period: { from: null, to: 2017 },
  measures: "m",
  sources: ["s"],
  confidence: "secondary",
  ...over,
});

describe("count labels", () => {
  const t = translator("en");

  it("words a figure as its source does, formatted by Intl", () => {
    expect(countAmount({ t, fmt: formatters("en") }, count({}))).toBe("more than $42.8B");
    expect(countAmount({ t, fmt: formatters("en") }, count({ qualifier: "almost", value: 25_000 }))).toBe("almost $25B");
    expect(countAmount({ t, fmt: formatters("en") }, count({ qualifier: "exact", value: 11_400 }))).toBe("$11.4B");
  });

  it("follows the language's number format", () => {
    const de = countAmount({ t, fmt: formatters("de") }, count({}));
    expect(de).toBe(
      `more than ${new Intl.NumberFormat("de", { style: "currency", currency: "USD", notation: "compact", maximumSignificantDigits: 3 }).format(42.8e9)}`,
    );
    expect(de).toMatch(/42,8/);
  });

  it("names a period, an open start, or a single year", () => {
    expect(periodLabel({ t }, { from: 2005, to: 2023 })).toBe("2005–2023");
    expect(periodLabel({ t }, { from: null, to: 2025 })).toBe("to 2025");
    expect(periodLabel({ t }, { from: null, to: 2025 }, true)).toBe("as of 2025");
    expect(periodLabel({ t }, { from: 2015, to: 2015 })).toBe("2015");
  });
});
