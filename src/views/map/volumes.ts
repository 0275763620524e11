import type { PlaceFeature, Volume, VolumeUnit } from "../../data/schemas/places";

/** Every year any of the measures has a figure for, ascending: the columns of a place's volumes. */
export function volumeYears(volumes: readonly Volume[]): number[] {
  return [...new Set(volumes.flatMap((v) => v.points.map((p) => p.year)))].sort((a, b) => a - b);
}

/**
 * A place's volumes for the CSV, in the data's own units so a spreadsheet can read the figures:
 * "Oil carried … (thousand tonnes): 2022 19236, 2023 18806 (verified; kmg-ar2024-midstream)".
 */
export function volumesCsv(f: PlaceFeature): string {
  // The CSV's own form, the same in every language (see placesTable's csvColumns).
  /* eslint-disable local/no-text-concatenation */
  return (f.properties.volumes ?? [])
    .map((v) => {
      const points = v.points.map((p) => `${p.year} ${p.value}${p.sources ? ` [${p.sources.join(", ")}]` : ""}`).join(", ");
      return `${v.measure} (${v.unit}): ${points} (${v.confidence}; ${v.sources.join(", ")})`;
    })
    .join("; ");
  /* eslint-enable local/no-text-concatenation */
}

/** The latest figure of a place's first measure, for the table: its value, unit and year; null without volumes. */
export function latestVolume(f: PlaceFeature): { measure: string; value: number; unit: VolumeUnit; year: number } | null {
  const first = f.properties.volumes?.[0];
  const last = first?.points[first.points.length - 1];
  return first && last ? { measure: first.measure, value: last.value, unit: first.unit, year: last.year } : null;
}
