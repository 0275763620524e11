import { describe, expect, it } from "vitest";
import type { PlaceFeature } from "../../data/schemas/places";
import { latestVolume, volumeYears, volumesCsv } from "./volumes";

const place = (volumes: NonNullable<PlaceFeature["properties"]["volumes"]> | undefined) =>
  ({ properties: { volumes } }) as unknown as PlaceFeature;
const oil = {
  measure: "Oil carried",
  unit: "thousand tonnes" as const,
  points: [
    { year: 2022, value: 19_236 },
    { year: 2024, value: 18_789 },
  ],
  sources: ["kmg"],
  confidence: "verified" as const,
};

describe("volumes", () => {
  it("lists every year any measure has, ascending", () => {
    expect(volumeYears([oil, { ...oil, points: [{ year: 2023, value: 1 }] }])).toEqual([2022, 2023, 2024]);
  });

  it("writes a place's volumes for the CSV in the data's units, with confidence and sources", () => {
    expect(volumesCsv(place([oil]))).toBe("Oil carried (thousand tonnes): 2022 19236, 2024 18789 (verified; kmg)");
    expect(volumesCsv(place(undefined))).toBe("");
    // A year with a source of its own names it beside the figure.
    const trains = { ...oil, points: [{ year: 2016, value: 386, sources: ["kazinform"] }], sources: ["kazinform", "cgtn"] };
    expect(volumesCsv(place([trains]))).toBe("Oil carried (thousand tonnes): 2016 386 [kazinform] (verified; kazinform, cgtn)");
  });

  it("gives the table the first measure's latest figure", () => {
    expect(latestVolume(place([oil]))).toEqual({ measure: "Oil carried", value: 18_789, unit: "thousand tonnes", year: 2024 });
    expect(latestVolume(place(undefined))).toBeNull();
  });
});
