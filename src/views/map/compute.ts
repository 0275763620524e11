import type { PlaceFeature, PlacesFile } from "../../data/schemas/places";

export const isPoint = (f: PlaceFeature) => f.geometry.type === "Point";

/** Sites (points other than towns) and routes (lines), the two things the map is about. */
export function placeTally(file: PlacesFile): { sites: PlaceFeature[]; routes: PlaceFeature[] } {
  return {
    sites: file.features.filter((f) => isPoint(f) && f.properties.category !== "city"),
    routes: file.features.filter((f) => !isPoint(f)),
  };
}
