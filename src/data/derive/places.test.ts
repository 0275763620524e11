import { describe, expect, it } from "vitest";
import { mapPlaces } from "../../../tests/fixtures/places";
import { placesFileSchema } from "../schemas/places";
import { placeById, placeName } from "./places";

const file = placesFileSchema.parse(mapPlaces);

describe("places", () => {
  it("finds a place by id, and nothing for ids that name nothing", () => {
    expect(placeById(file, "almaty")?.id).toBe("almaty");
    expect(placeById(file, "atlantis")).toBeNull();
    expect(placeById(file, null)).toBeNull();
  });

  it("names a place in the reader's language", () => {
    const almaty = placeById(file, "almaty")!;
    expect(placeName(almaty, "en")).toBe(almaty.properties.name.en);
    expect(placeName(almaty, "zh")).toBe(almaty.properties.name.zh);
  });
});
