import { describe, expect, it } from "vitest";
import { sourcesFile, tradeFile } from "../../../tests/fixtures/datasets";
import { toCsv } from "../../charts/csv";
import { inLanguage } from "../../data/inLanguage";
import { sourcesFileSchema } from "../../data/schemas/sources";
import { tradeFileSchema, type Composition } from "../../data/schemas/trade";
import { compositionCsvColumns, compositionRows, compositionYears, orderedGroups, pickComposition } from "./composition";

const file = inLanguage(tradeFileSchema.parse(tradeFile()), "en");
const { sources } = sourcesFileSchema.parse(sourcesFile());
const named = (year: number, direction: Composition["direction"], labels: string[]): Composition => ({
  id: `${direction}-${year}`,
  direction,
  year,
  groups: labels.map((label) => ({ id: label.toLowerCase(), label, sources: ["s"], confidence: "secondary" })),
});

describe("which year's breakdown the view shows", () => {
  it("lists the years some source breaks down", () => {
    expect(compositionYears(file.composition)).toEqual([2022, 2023]);
  });

  it("shows the focus year's breakdown when there is one, each way the sources give", () => {
    const pick = pickComposition(file.composition, 2023);
    expect(pick).toMatchObject({ year: 2023, reason: "focus", missingYear: null, maxValue: 0 });
    expect(Object.keys(pick.byDirection)).toEqual(["cn-to-kz"]);
  });

  it("without a focus year, shows the latest year whose breakdown has values, not a later one that only names goods", () => {
    const pick = pickComposition(file.composition, null);
    expect(pick).toMatchObject({ year: 2022, reason: "latest", missingYear: null, maxValue: 4_100 });
    expect(pick.byDirection["kz-to-cn"]?.id).toBe("kz-to-cn-2022");
  });

  it("says when the focus year has none, and shows the latest with values instead", () => {
    expect(pickComposition(file.composition, 1998)).toMatchObject({ year: 2022, reason: "latest", missingYear: 1998 });
  });

  it("falls back to the latest named-only year, and to nothing when the data has no breakdown", () => {
    expect(pickComposition([named(2019, "kz-to-cn", ["Oil"]), named(2021, "cn-to-kz", ["Cars"])], null).year).toBe(2021);
    expect(pickComposition([], 2020)).toMatchObject({ year: null, missingYear: 2020, maxValue: 0 });
  });
});

describe("the groups' order", () => {
  it("puts the largest value first and keeps the source's order for groups without one", () => {
    const entry = file.composition.find((c) => c.id === "kz-to-cn-2022")!;
    expect(orderedGroups(entry).map((g) => g.id)).toEqual(["crude-oil", "copper-ores", "other-ores", "farm-goods"]);
  });
});

describe("the composition CSV", () => {
  const lines = toCsv(compositionRows(file), compositionCsvColumns(sources)).split("\r\n").filter(Boolean);

  it("has one line per product group, with the value as published and its provenance", () => {
    expect(lines).toHaveLength(1 + 6);
    expect(lines[0]).toBe(
      "year,direction,product_group,value_usd_million,value_is_floor,change_pct,confidence,note,breakdown_note,source_ids,sources,source_urls,source_tiers",
    );
    expect(lines[1]).toMatch(/^2022,kz-to-cn,Crude oil,4100,,,secondary,,Whose statistics is not said\.,/);
  });

  it("leaves a value the source does not give empty, never 0, marks a floor and gives growth in percent", () => {
    expect(lines[3]).toMatch(/^2022,kz-to-cn,Other ores,1000,yes,,secondary,/);
    expect(lines[4]).toMatch(/^2022,kz-to-cn,Agricultural products,,,133\.7,secondary,/);
    expect(lines[5]).toMatch(/^2023,cn-to-kz,Machinery,,,,secondary,,,/);
  });
});
