import { startOf } from "../../lib/partialDate";
import { MAP_REGION, type PlacesFile, type Position } from "../schemas/places";
import { checkUniqueIds, type Path } from "./generic";
import { issueAt, preview, type Issue } from "./issue";

/** Whether a position lies inside the map's region ([west, south, east, north]). */
export function insideMapRegion([lon, lat]: Position): boolean {
  const [west, south, east, north] = MAP_REGION;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/**
 * Every coordinate falls inside the map's region; feature ids are unique; milestones are in order;
 * a cost range runs from low to high, and only an amount in another currency has a dollar equivalent.
 * (A cost's `sources` are checked with every other `sources` list, by `checkSourceIds`.)
 */
export function checkPlaces(file: string, places: PlacesFile): Issue[] {
  const issues = checkUniqueIds(file, places.features, ["features"]);
  const [west, south, east, north] = MAP_REGION;
  const region = `a [longitude, latitude] inside the map region (longitude ${west}..${east}, latitude ${south}..${north})`;
  places.features.forEach((feature, f) => {
    const base: Path = ["features", f, "geometry", "coordinates"];
    const { geometry } = feature;
    const positions: { position: Position; path: Path }[] =
      geometry.type === "Point"
        ? [{ position: geometry.coordinates, path: base }]
        : geometry.type === "LineString"
          ? geometry.coordinates.map((position, i) => ({ position, path: [...base, i] }))
          : geometry.coordinates.flatMap((line, l) => line.map((position, i) => ({ position, path: [...base, l, i] })));
    for (const { position, path } of positions) {
      if (!insideMapRegion(position)) issues.push(issueAt(file, path, region, JSON.stringify(position)));
    }
    const { agreed, constructionStart, operation } = feature.properties.dates ?? {};
    const order: [string, string | undefined][] = [
      ["agreed", agreed],
      ["constructionStart", constructionStart],
      ["operation", operation],
    ];
    const known = order.filter((entry): entry is [string, string] => entry[1] !== undefined);
    known.forEach(([key, date], i) => {
      const before = known[i - 1];
      if (before && startOf(date) < startOf(before[1])) {
        issues.push(
          issueAt(
            file,
            ["features", f, "properties", "dates", key],
            `a date on or after ${before[0]} (${before[1]})`,
            JSON.stringify(date),
          ),
        );
      }
    });
    feature.properties.cost?.forEach((cost, c) => {
      const path: Path = ["features", f, "properties", "cost", c];
      if (cost.qualifier === "range" && cost.max <= cost.min) {
        issues.push(issueAt(file, [...path, "max"], `a number above min (${cost.min}): a range runs from low to high`, String(cost.max)));
      }
      if (cost.usdEquivalent && cost.unit === "USD million") {
        issues.push(issueAt(file, [...path, "usdEquivalent"], "nothing: the amount is already in US dollars", preview(cost.usdEquivalent)));
      }
    });
    feature.properties.volumes?.forEach((volume, v) => {
      volume.points.forEach((point, i) => {
        point.sources?.forEach((id, k) => {
          if (!volume.sources.includes(id)) {
            issues.push(
              issueAt(
                file,
                ["features", f, "properties", "volumes", v, "points", i, "sources", k],
                `one of the measure's sources (${volume.sources.join(", ")})`,
                JSON.stringify(id),
              ),
            );
          }
        });
        const previous = volume.points[i - 1];
        if (previous && point.year <= previous.year) {
          issues.push(
            issueAt(
              file,
              ["features", f, "properties", "volumes", v, "points", i, "year"],
              `a year after ${previous.year} (years are unique and ascending)`,
              String(point.year),
            ),
          );
        }
      });
    });
  });
  return issues;
}
