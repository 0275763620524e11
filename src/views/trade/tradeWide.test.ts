import { describe, expect, it } from "vitest";
import { NEWS_SOURCE } from "../../../tests/fixtures/builders";
import { wideTradeFixture } from "../../../tests/fixtures/trade";
import { inLanguage } from "../../data/inLanguage";
import { tradeFileSchema } from "../../data/schemas/trade";
import { markOf, tradeNotes, tradeYears, wideSeries } from "./tradeWide";

const file = inLanguage(tradeFileSchema.parse(wideTradeFixture), "en");
const years = tradeYears(file);
const year = (y: number) => years.find((r) => r.year === y)!;

describe("wideSeries", () => {
  it("orders the columns by reporter as the file lists them, then total, exports, imports", () => {
    expect(wideSeries(file).map((s) => s.id)).toEqual(["cn-total", "cn-exports", "kz-total", "kz-imports"]);
  });
});

describe("tradeYears", () => {
  it("gives one row per year from the first to the latest of any series", () => {
    expect(years.map((y) => y.year)).toEqual([1992, 1993, 1994, 1995, 1996]);
  });

  it("computes each value's change on the year before", () => {
    expect(year(1993).cells["cn-total"]).toMatchObject({ point: { value: 500 }, change: 0.25 });
    expect(year(1993).cells["cn-exports"]!.change).toBe(-0.5);
    expect(year(1996).cells["kz-total"]!.change).toBe(1);
  });

  it("leaves a missing value missing, never 0, and computes no change across the gap", () => {
    expect(year(1994).cells["cn-total"]).toEqual({ point: null, change: null });
    expect(year(1995).cells["cn-total"]).toMatchObject({ point: { value: 450 }, change: null });
    expect(year(1996).cells["cn-exports"]).toEqual({ point: null, change: null });
  });

  it("has no change for a series' first year", () => {
    expect(year(1992).cells["cn-total"]!.change).toBeNull();
    expect(year(1994).cells["kz-imports"]).toMatchObject({ point: { value: 80 }, change: null });
    expect(year(1995).cells["kz-imports"]!.change).toBe(0.25);
  });

  it("lists the year's sources in column order, each once", () => {
    expect(year(1992).sources).toEqual(["imf-dots-china", NEWS_SOURCE, "imf-dots-kazakhstan"]);
    expect(year(1994).sources).toEqual(["imf-dots-kazakhstan"]);
  });
});

describe("marks and notes", () => {
  it("marks estimates, unverified and derived figures, and nothing else", () => {
    const points = file.series.flatMap((s) => s.points);
    expect(points.map(markOf).filter(Boolean)).toEqual(["unverified", "estimate", "estimate", "derived"]);
  });

  it("numbers the notes in reading order: year by year, then column by column", () => {
    expect(tradeNotes(file, years).map((n) => [n.n, n.year, n.series.id, n.mark])).toEqual([
      [1, 1992, "kz-total", "estimate"],
      [2, 1993, "kz-total", "estimate"],
      [3, 1996, "cn-total", "unverified"],
      [4, 1996, "kz-total", "derived"],
    ]);
  });
});
