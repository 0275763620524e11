import { geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { geographySchema } from "../../data/schemas/geography";
import { shippedGeographyText, shippedPlaces } from "../../../tests/fixtures/shipped";
import { CORRIDOR, corridorExit } from "./corridor";
import { fitFrame, isFar, KAZAKHSTAN_HULL, subjectOutline, XINJIANG_BOUNDS } from "./frame";
import { toGeography } from "./geography";
import { insetBox } from "./inset";
import { ASPECT_NARROW, ASPECT_WIDE, FIT_PADDING, fitProjection, mapSize, SLIDE_ASPECT_MIN } from "./projection";
import { symbolArea, symbolRadius } from "./symbols";
import { CONTROL_SIZE, controlsBox, controlsPlacement } from "./zoomControlsBox";

const geography = toGeography(geographySchema.parse(JSON.parse(shippedGeographyText())));
const country = (name: string) => geography.countries.find((c) => c.properties.name === name)!;
const places = shippedPlaces().features;
const outline = subjectOutline(places);

/** Even–odd test of a point in a polygon ([lon, lat]). */
function inPolygon(polygon: readonly (readonly [number, number])[], [x, y]: readonly [number, number]): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

// The map's sizes on a 320 px and a 375 px phone, a tablet, a laptop's dashboard and a wide embed.
const CONTAINERS = [288, 343, 700, 758, 880, 1200];

describe("the subject: Kazakhstan and Xinjiang", () => {
  it("outlines Kazakhstan: every vertex of the shipped shape lies inside the hull", () => {
    const kz = country("Kazakhstan");
    const rings = (kz.geometry.type === "Polygon" ? [kz.geometry.coordinates] : kz.geometry.coordinates).map((p) => p[0]!);
    // The hull is rounded outwards to 0.1°: test each vertex pulled 0.1° towards Kazakhstan's middle.
    const [cx, cy] = [67, 48];
    const outside = rings
      .flat()
      .filter(([x, y]) => {
        const d = Math.hypot(cx - x!, cy - y!);
        return !inPolygon(KAZAKHSTAN_HULL, [x! + ((cx - x!) / d) * 0.1, y! + ((cy - y!) / d) * 0.1]);
      })
      .map(([x, y]) => `${x},${y}`);
    expect(outside).toEqual([]);
  });

  it("frames Xinjiang by its bounds, which start at China's western border", () => {
    const [[west, south], [east, north]] = geoPath().bounds(country("China"));
    const [[xw, xs], [xe, xn]] = XINJIANG_BOUNDS;
    expect(Math.abs(xw - west)).toBeLessThan(0.2);
    expect([xs > south, xe < east, xn < north]).toEqual([true, true, true]);
  });

  it("sends only Lianyungang, on the Pacific coast, to the inset", () => {
    expect(places.filter(isFar).map((f) => f.id)).toEqual(["lianyungang-base", "lianyungang"]);
  });
});

describe("the default view", () => {
  it.each(CONTAINERS)("fits Kazakhstan and Xinjiang in a %i px map, Kazakhstan at least half its width", (containerWidth) => {
    const { width, height } = mapSize(containerWidth);
    const projection = fitFrame(width, height, outline);
    const path = geoPath(projection);
    const pad = Math.round(width * FIT_PADDING);
    const [[x0, y0], [x1, y1]] = path.bounds(outline);
    expect([x0 >= pad - 0.5, y0 >= pad - 0.5, x1 <= width - pad + 0.5, y1 <= height - pad + 0.5]).toEqual([true, true, true, true]);
    const [[kx0], [kx1]] = path.bounds(country("Kazakhstan"));
    expect((kx1 - kx0) / width).toBeGreaterThan(0.65);
    // Every place but Lianyungang is inside the frame.
    const outside = places
      .filter((f) => !isFar(f) && f.geometry.type === "Point")
      .filter((f) => {
        const [x, y] = projection(f.geometry.coordinates as [number, number])!;
        return !(x > pad && x < width - pad && y > pad && y < height - pad);
      });
    expect(outside.map((f) => f.id)).toEqual([]);
  });

  it.each(CONTAINERS)("leaves the inset's and the zoom buttons' corners free of places in a %i px map", (containerWidth) => {
    const { width, height } = mapSize(containerWidth);
    const projection = fitFrame(width, height, outline);
    const covers = [
      insetBox(width, height, 1, true),
      controlsBox(width, height, controlsPlacement(width, false), CONTROL_SIZE.coarse),
      controlsBox(width, height, "top-right", CONTROL_SIZE.coarse),
    ];
    const covered = places
      .filter((f) => !isFar(f) && f.geometry.type === "Point")
      .filter((f) => {
        const [x, y] = projection(f.geometry.coordinates as [number, number])!;
        const r = symbolRadius(symbolArea(f)) + 2;
        return covers.some((c) => x + r > c.x0 && x - r < c.x1 && y + r > c.y0 && y - r < c.y1);
      });
    expect(covered.map((f) => f.id)).toEqual([]);
  });

  it("lets the corridor leave to the east, towards the inset, with room to say where it goes", () => {
    const { width, height } = mapSize(880);
    const projection = fitFrame(width, height, outline);
    const inset = insetBox(width, height);
    const exit = corridorExit(
      CORRIDOR.map((p) => projection([...p])!),
      { x0: 0, y0: 0, x1: width, y1: height },
      [inset],
    )!;
    expect(exit.x).toBeGreaterThan(width * 0.7);
    expect(exit.y).toBeLessThanOrEqual(inset.y0 + 0.5);
    expect(exit.y).toBeGreaterThan(height / 2);
  });

  it("never reaches past the country shapes' crop, at any shape the map takes", () => {
    // The shapes are cropped (scripts/buildGeography.ts) to what the region's projection shows at its widest
    // and tallest, plus 4% of the width: every edge of the frame must lie inside that.
    const REF = 1000;
    const wide = fitProjection(REF, REF * ASPECT_WIDE);
    const narrow = fitProjection(REF, REF * ASPECT_NARROW);
    const corners = [[0, 0] as [number, number], [REF, REF * ASPECT_WIDE] as [number, number]];
    for (const c of [
      [0, 0],
      [REF, REF * ASPECT_NARROW],
    ] as [number, number][])
      corners.push(wide(narrow.invert!(c)!)!);
    const m = REF * 0.04;
    const crop = {
      x0: Math.min(...corners.map((c) => c[0])) - m,
      y0: Math.min(...corners.map((c) => c[1])) - m,
      x1: Math.max(...corners.map((c) => c[0])) + m,
      y1: Math.max(...corners.map((c) => c[1])) + m,
    };
    for (const aspect of [SLIDE_ASPECT_MIN, ASPECT_WIDE, 0.7, ASPECT_NARROW]) {
      const [w, h] = [REF, REF * aspect];
      const projection = fitFrame(w, h, outline);
      const edge: [number, number][] = [];
      for (let i = 0; i <= 20; i++) edge.push([(w * i) / 20, 0], [(w * i) / 20, h], [0, (h * i) / 20], [w, (h * i) / 20]);
      const beyond = edge.filter((p) => {
        const [x, y] = wide(projection.invert!(p)!)!;
        return x < crop.x0 || x > crop.x1 || y < crop.y0 || y > crop.y1;
      });
      expect([aspect, beyond]).toEqual([aspect, []]);
    }
  });
});
