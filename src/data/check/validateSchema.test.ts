import { describe, expect, it } from "vitest";
import { placesFileSchema } from "../schemas/places";
import { validateSchema } from "./validateSchema";

describe("validateSchema", () => {
  it("points a bad geometry type at the field itself, once", () => {
    const bad = {
      type: "FeatureCollection",
      features: [{ type: "Feature", id: "a", geometry: { type: "Polygon", coordinates: [] }, properties: {} }],
    };
    const [first] = validateSchema("data/places.json", placesFileSchema, bad);
    expect(first).toEqual({
      file: "data/places.json",
      path: "features[0].geometry.type",
      expected: 'one of "Point", "LineString", "MultiLineString"',
      got: '"Polygon"',
    });
  });
});
