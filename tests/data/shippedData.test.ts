import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkData } from "../../src/data/check/checkData";
import { formatIssue } from "../../src/data/check/issue";
import { readDataTexts, readJsonSchemaTexts } from "../../src/data/check/readDataDir";
import { investmentFileSchema } from "../../src/data/schemas/investment";
import { placesFileSchema } from "../../src/data/schemas/places";
import { timelineFileSchema } from "../../src/data/schemas/timeline";
import { tradeFileSchema } from "../../src/data/schemas/trade";

const DATA = join(import.meta.dirname, "..", "..", "data");
const load = (name: string): unknown => JSON.parse(readFileSync(join(DATA, `${name}.json`), "utf8"));

describe("the shipped data files", () => {
  it("pass every schema and cross-check, with current JSON Schemas", () => {
    const issues = checkData(readDataTexts(DATA), { jsonSchemas: readJsonSchemaTexts(DATA) });
    expect(issues.map(formatIssue)).toEqual([]);
  });

  const trade = tradeFileSchema.parse(load("trade"));
  const series = (id: string) => trade.series.find((s) => s.id === id);

  it("give China customs' 1992 figure for the headline and keep the IMF's as an alternate", () => {
    const first = series("cn-total")?.points[0];
    expect(first).toMatchObject({ year: 1992, value: 368, confidence: "verified" });
    expect(first?.alternates?.map((a) => a.value)).toEqual([363.4]);
  });

  it("use IMF DOTS for China's 2019 total, keeping The Diplomat's figure as an alternate", () => {
    const y2019 = series("cn-total")?.points.find((p) => p.year === 2019);
    expect(y2019?.value).toBe(22065.8);
    expect(y2019?.alternates?.map((a) => a.value)).toContain(21800);
  });

  it("mark Kazakhstan's 1992–1993 values as IMF estimates", () => {
    for (const id of ["kz-total", "kz-exports", "kz-imports"]) {
      const estimated = series(id)
        ?.points.filter((p) => p.estimate)
        .map((p) => p.year);
      expect(estimated).toEqual([1992, 1993]);
    }
  });

  it("cover 1992 to 2024 per China customs with no gaps and no zeros", () => {
    const years = series("cn-total")?.points.map((p) => p.year);
    expect(years).toEqual(Array.from({ length: 33 }, (_, i) => 1992 + i));
    expect(trade.series.flatMap((s) => s.points).every((p) => p.value > 0)).toBe(true);
  });

  it("list the partnership ladder in four languages, each rung also an event", () => {
    const timeline = timelineFileSchema.parse(load("timeline"));
    expect(timeline.levels.map((l) => [l.rank, l.date])).toEqual([
      [1, "1992-01-03"],
      [2, "2005-07-04"],
      [3, "2011-06-13"],
      [4, "2019-09-11"],
    ]);
    for (const level of timeline.levels) {
      expect(timeline.events.find((e) => e.level === level.id)?.major).toBe(true);
    }
  });

  it("keep the investment headline at $25.3 billion, 2005–2023, and leave undisclosed amounts null", () => {
    const investment = investmentFileSchema.parse(load("investment"));
    expect(investment.headline).toMatchObject({ value: 25300, period: { from: 2005, to: 2023 } });
    expect(investment.deals.some((d) => d.amount === null)).toBe(true);
  });

  it("draw routes whose geometry is not known as approximate or schematic", () => {
    const places = placesFileSchema.parse(load("places"));
    const lines = places.features.filter((f) => f.geometry.type !== "Point");
    expect(lines.every((f) => f.properties.precision === "approximate" || f.properties.precision === "schematic")).toBe(true);
    expect(places.features.find((f) => f.id === "road-western-europe-western-china")?.properties.precision).toBe("schematic");
  });
});
