import { geoClipRectangle, geoContains, geoPath, type GeoConicProjection } from "d3-geo";
import { describe, expect, it } from "vitest";
import { geographySchema } from "../../data/schemas/geography";
import { shippedGeographyText } from "../../../tests/fixtures/shipped";
import { pathLines } from "../../../tests/pathPoints";
import { outlinePath } from "./countryShapes";
import { countryAnchors } from "./mapLayout";
import { toGeography, type Geography } from "./geography";
import { fitProjection } from "./projection";
import type { Box } from "./labels";

const geography = toGeography(geographySchema.parse(JSON.parse(shippedGeographyText())));

/** The outlines projected afresh for the frame, straight through the projection: what the shapes must match. */
function direct(projection: GeoConicProjection, geo: Geography, clip: Box) {
  const cut = geoClipRectangle(clip.x0 - 4, clip.y0 - 4, clip.x1 + 4, clip.y1 + 4);
  const path = geoPath({ stream: (output) => projection.stream(cut(output)) }).digits(1);
  return {
    countries: geo.countries.map((c) => ({ name: c.properties.name, d: path(c) ?? "" })).filter((c) => c.d !== ""),
    borders: path(geo.borders) ?? "",
  };
}

/** The outlines as the map draws them, one by one (MapCountries). */
function countryShapes(projection: GeoConicProjection, geo: Geography, clip: Box) {
  return {
    countries: geo.countries.map((c) => ({ name: c.properties.name, d: outlinePath(projection, c, clip) })).filter((c) => c.d !== ""),
    borders: outlinePath(projection, geo.borders, clip),
  };
}

/** Every point a path draws, in absolute coordinates. */
const points = (d: string) => pathLines(d).flatMap((line) => line.points);

/** The largest distance between two paths' points, which must draw as many lines, of as many points, closed alike. */
function farthest(a: string, b: string): number {
  const [x, y] = [pathLines(a), pathLines(b)];
  expect(x.map((l) => [l.points.length, l.closed])).toEqual(y.map((l) => [l.points.length, l.closed]));
  const [p, q] = [points(a), points(b)];
  return Math.max(0, ...p.map(([px, py], i) => Math.max(Math.abs(px - q[i]![0]), Math.abs(py - q[i]![1]))));
}

/** Frames the map is drawn in: the prerendered default, a phone, a slide, a wide screen. */
const frames: [number, number][] = [
  [640, 384],
  [412, 330],
  [1229, 459],
  [1400, 840],
];

describe("outlinePath", () => {
  it.each(frames)("draws the outlines of a %i × %i frame as projecting them afresh would, within a fifth of a pixel", (width, height) => {
    // The first frame projects; every later one reuses that projection, scaled and moved.
    countryShapes(fitProjection(640, 384), geography, { x0: 0, y0: 0, x1: 640, y1: 384 });
    const projection = fitProjection(width, height);
    const clip = { x0: 0, y0: 0, x1: width, y1: height };
    const shapes = countryShapes(projection, geography, clip);
    const fresh = direct(projection, geography, clip);
    expect(shapes.countries.map((c) => c.name)).toEqual(fresh.countries.map((c) => c.name));
    expect(shapes.countries.map((c) => c.name)).toEqual(expect.arrayContaining(["Kazakhstan", "China"]));
    shapes.countries.forEach((c, i) => expect(farthest(c.d, fresh.countries[i]!.d)).toBeLessThanOrEqual(0.2));
    expect(farthest(shapes.borders, fresh.borders)).toBeLessThanOrEqual(0.2);
  });

  it("cuts the outlines to the frame: nothing is drawn more than the stroke's margin beyond it", () => {
    const shapes = countryShapes(fitProjection(412, 330), geography, { x0: 0, y0: 0, x1: 412, y1: 330 });
    const all = shapes.countries.flatMap((c) => points(c.d).flat());
    expect(Math.min(...all)).toBeGreaterThanOrEqual(-4);
    expect(Math.max(...all)).toBeLessThanOrEqual(416);
  });
});

describe("countryAnchors, from the outlines projected once", () => {
  it.each(frames)("at %i × %i, names each country where projecting afresh would, and knows what lies inside it", (width, height) => {
    const projection = fitProjection(width, height);
    const anchors = countryAnchors(geography.countries, projection, "en");
    const path = geoPath(projection);
    for (const name of ["Kazakhstan", "China"]) {
      const anchor = anchors.find((a) => a.name === name)!;
      const country = geography.countries.find((c) => c.properties.name === name)!;
      const parts = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
      const largest = parts
        .map((coordinates) => ({ type: "Polygon" as const, coordinates }))
        .reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
      const [x, y] = path.centroid(largest);
      expect(Math.hypot(anchor.x - x, anchor.y - y)).toBeLessThan(0.5);
      expect(anchor.area / path.area(largest)).toBeCloseTo(1, 3);
      // Points across the frame: inside the country on the sphere exactly where inside its drawn outline.
      for (let px = 5; px < width; px += width / 23) {
        for (let py = 5; py < height; py += height / 17) {
          const at = projection.invert!([px, py])!;
          expect([name, px, py, anchor.contains(px, py)]).toEqual([name, px, py, geoContains(country, at)]);
        }
      }
    }
  });
});
