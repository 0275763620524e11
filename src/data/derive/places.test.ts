import { describe, expect, it } from "vitest";
import { mapPlaces } from "../../../tests/fixtures/places";
import { inLanguage } from "../inLanguage";
import { placesFileSchema } from "../schemas/places";
import { placeById, placeName } from "./places";

const raw = placesFileSchema.parse(mapPlaces);
const file = inLanguage(raw, "en");

describe("places", () => {
  it("finds a place by id, and nothing for ids that name nothing", () => {
    expect(placeById(file, "almaty")?.id).toBe("almaty");
    expect(placeById(file, "atlantis")).toBeNull();
    expect(placeById(file, null)).toBeNull();
  });

  it("names a place in the reader's language", () => {
    const almaty = raw.features.find((f) => f.id === "almaty")!;
    expect(placeName(placeById(file, "almaty")!)).toBe(almaty.properties.name.en);
    expect(placeName(placeById(inLanguage(raw, "zh"), "almaty")!)).toBe(almaty.properties.name.zh);
    expect(placeName(placeById(inLanguage(raw, "zh"), "almaty")!)).toBe("阿拉木图");
  });
});
