import { describe, expect, it } from "vitest";
import type { PlaceFeature, PlacesFile } from "../schemas/places";
import { formatIssue, type Issue } from "./issue";
import { checkPlaces, insideMapRegion } from "./places";

const F = "data/x.json";
const text = (issues: Issue[]) => issues.map(formatIssue);

const feature = (id: string, geometry: PlaceFeature["geometry"], dates?: PlaceFeature["properties"]["dates"]): PlaceFeature => ({
  type: "Feature",
  id,
  geometry,
  properties: {
    name: "a",
    category: "city",
    status: "context",
    description: "d",
    ...(dates ? { dates } : {}),
    precision: "settlement",
    sources: ["s"],
    confidence: "verified",
  },
});

describe("checkPlaces", () => {
  it("knows the map region", () => {
    expect(insideMapRegion([80.4, 44.2])).toBe(true);
    expect(insideMapRegion([119.4, 34.7])).toBe(true);
    expect(insideMapRegion([44.2, 80.4])).toBe(false); // latitude and longitude swapped
  });
  it("flags coordinates outside it, at their exact index, and milestones out of order", () => {
    const places: PlacesFile = {
      type: "FeatureCollection",
      features: [
        feature("swapped", { type: "Point", coordinates: [44.22, 80.38] }),
        feature(
          "line",
          {
            type: "MultiLineString",
            coordinates: [
              [
                [80, 44],
                [81, 45],
              ],
              [
                [81, 45],
                [130, 45],
              ],
            ],
          },
          { agreed: "2010", operation: "2009-12" },
        ),
      ],
    };
    expect(text(checkPlaces(F, places))).toEqual([
      "data/x.json: features[0].geometry.coordinates: expected a [longitude, latitude] inside the map region (longitude 45..125, latitude 30..56), got [44.22,80.38]",
      "data/x.json: features[1].geometry.coordinates[1][1]: expected a [longitude, latitude] inside the map region (longitude 45..125, latitude 30..56), got [130,45]",
      'data/x.json: features[1].properties.dates.operation: expected a date on or after agreed (2010), got "2009-12"',
    ]);
  });
});
