import { geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { geographySchema } from "../../data/schemas/geography";
import { toGeography } from "./geography";
import { shippedGeographyText, shippedPlaces } from "../../../tests/fixtures/shipped";
import {
  ASPECT_NARROW,
  ASPECT_WIDE,
  FIT_PADDING,
  FRAME_HULL,
  fitProjection,
  frameOutline,
  MAX_MAP_HEIGHT,
  mapSize,
  pixelsPerKm,
  SLIDE_ASPECT_MIN,
} from "./projection";

const PLACES = {
  Lianyungang: [119.2156, 34.5985],
  Khorgos: [80.396, 44.2136],
  Atyrau: [51.92, 47.117],
  Zhanatas: [69.691, 43.489],
  Turgusun: [84.05, 49.949],
} as const;

describe("the map's projection", () => {
  it.each([320, 375, 800, 1200])("fits Kazakhstan and China, to the Pacific coast, inside a %i px map", (containerWidth) => {
    const { width, height } = mapSize(containerWidth);
    const projection = fitProjection(width, height);
    const pad = Math.round(width * FIT_PADDING);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(frameOutline());
    // The outline touches the padded frame on two sides and stays inside it on all four.
    expect(x0).toBeGreaterThanOrEqual(pad - 0.5);
    expect(y0).toBeGreaterThanOrEqual(pad - 0.5);
    expect(x1).toBeLessThanOrEqual(width - pad + 0.5);
    expect(y1).toBeLessThanOrEqual(height - pad + 0.5);
    expect(Math.min(x0 - pad, width - pad - x1) < 1 || Math.min(y0 - pad, height - pad - y1) < 1).toBe(true);
    for (const [name, lonLat] of Object.entries(PLACES)) {
      const [x, y] = projection([...lonLat])!;
      expect([name, x > pad && x < width - pad && y > pad && y < height - pad]).toEqual([name, true]);
    }
  });

  it("puts west on the left, north at the top, and Lianyungang far east of Khorgos", () => {
    const projection = fitProjection(1000, 600);
    const [lx, ly] = projection([...PLACES.Lianyungang])!;
    const [kx] = projection([...PLACES.Khorgos])!;
    const [ax, ay] = projection([...PLACES.Atyrau])!;
    expect(ax).toBeLessThan(kx);
    expect(kx).toBeLessThan(lx);
    expect(ay).toBeLessThan(ly);
    expect(Math.round(lx - kx)).toBe(441);
  });

  it("is taller on phones, and never taller than the maximum", () => {
    expect(mapSize(375)).toEqual({ width: 375, height: Math.round(375 * ASPECT_NARROW) });
    expect(mapSize(900)).toEqual({ width: 900, height: 900 * ASPECT_WIDE });
    const wall = mapSize(3840);
    expect(wall.height).toBeLessThanOrEqual(MAX_MAP_HEIGHT);
    expect(wall.width).toBe(Math.round(MAX_MAP_HEIGHT / ASPECT_WIDE));
  });

  it("grows with the page's type on a big screen", () => {
    const projector = mapSize(3840, 2);
    expect(projector.height).toBeLessThanOrEqual(MAX_MAP_HEIGHT * 2);
    expect(projector.width).toBe(Math.round((MAX_MAP_HEIGHT * 2) / ASPECT_WIDE));
    expect(mapSize(900, 2)).toEqual(mapSize(900));
  });

  it("knows its scale in pixels per kilometre", () => {
    expect(pixelsPerKm(fitProjection(1000, 600))).toBeCloseTo(0.133, 3);
  });
});

describe("the map on a slide", () => {
  // The boxes a slide-shaped embed leaves the map: beside the key at 640×360, 800×450 and 1280×720, above
  // it at 1024×768; then boxes flatter and squarer than any of those.
  it.each([
    [430, 240],
    [535, 318],
    [855, 510],
    [997, 555],
    [1200, 300],
    [500, 480],
  ])("fits both the width and the height of a %i × %i box", (containerWidth, fitHeight) => {
    const { width, height } = mapSize(containerWidth, 1, fitHeight);
    expect(width).toBeLessThanOrEqual(containerWidth);
    expect(height).toBeLessThanOrEqual(fitHeight);
    // It takes the whole box, unless that is flatter than a map needs or taller than a phone's.
    expect(width === containerWidth || width === Math.round(fitHeight / SLIDE_ASPECT_MIN)).toBe(true);
    expect(height === fitHeight || height === Math.round(width * ASPECT_NARROW)).toBe(true);
  });

  it.each([
    [430, 240],
    [997, 555],
    [1200, 300],
  ])("keeps every site and town (Khorgos, Lianyungang, the energy projects) inside a %i × %i map", (containerWidth, fitHeight) => {
    const { width, height } = mapSize(containerWidth, 1, fitHeight);
    const projection = fitProjection(width, height);
    const pad = Math.round(width * FIT_PADDING);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(frameOutline());
    expect([x0 >= pad - 0.5, y0 >= pad - 0.5, x1 <= width - pad + 0.5, y1 <= height - pad + 0.5]).toEqual([true, true, true, true]);
    const outside = shippedPlaces()
      .features.filter((f) => f.geometry.type === "Point")
      .filter((f) => {
        const [x, y] = projection(f.geometry.coordinates as [number, number])!;
        return !(x > pad && x < width - pad && y > pad && y < height - pad);
      })
      .map((f) => f.id);
    expect(outside).toEqual([]);
  });

  it("is nothing before the frame has been measured", () => {
    expect(mapSize(0, 1, 0)).toEqual({ width: 0, height: 0 });
    expect(mapSize(800, 1, 0)).toEqual({ width: 0, height: 0 });
  });
});

describe("the frame hull", () => {
  it("contains every vertex of Kazakhstan and China in the shipped geometry", () => {
    const geography = toGeography(geographySchema.parse(JSON.parse(shippedGeographyText())));
    const inside = (x: number, y: number) => {
      let hit = false;
      for (let i = 0, j = FRAME_HULL.length - 1; i < FRAME_HULL.length; j = i++) {
        const [xi, yi] = FRAME_HULL[i]!;
        const [xj, yj] = FRAME_HULL[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
      }
      return hit;
    };
    // The hull is rounded to 0.1°: test each vertex pulled 0.1° towards the hull's middle.
    const [cx, cy] = [90, 40];
    const outside: string[] = [];
    for (const c of geography.countries.filter((c) => ["Kazakhstan", "China"].includes(c.properties.name))) {
      const polygons = c.geometry.type === "Polygon" ? [c.geometry.coordinates] : c.geometry.coordinates;
      for (const [x, y] of polygons.flatMap((p) => p[0]!)) {
        const d = Math.hypot(cx - x!, cy - y!);
        if (!inside(x! + ((cx - x!) / d) * 0.1, y! + ((cy - y!) / d) * 0.1)) outside.push(`${c.properties.name} ${x},${y}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
