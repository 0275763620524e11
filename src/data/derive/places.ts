import type { PlaceFeature, PlacesFile } from "../schemas/places";

// The places as the map and the presentation name them.

/** The place with this id, or null (ids from a link may name nothing). */
export function placeById(file: PlacesFile, id: string | null): PlaceFeature | null {
  return (id !== null && file.features.find((f) => f.id === id)) || null;
}

/** A place's name in the reader's language (every place has all four; the data is read in one). */
export function placeName(f: PlaceFeature): string {
  return f.properties.name;
}
