/**
 * Builds data/geo/region.topo.json, the country shapes the map draws, from Natural Earth 1:50m
 * (the world-atlas package): only the countries the map's frame shows, cropped to that frame,
 * simplified and quantized, so the browser downloads tens of kilobytes rather than the world.
 *
 *   npm run geo:build
 *
 * 1:50m, not 1:10m: measured, 10m does not bring the Kazakhstan–China border any closer to the
 * Khorgos and Dostyk–Alashankou crossings (about 2.5 km off in both), at five times the input.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { geoArea, geoBounds, type GeoProjection, type GeoStream } from "d3-geo";
import { polygonHull } from "d3-polygon";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterWeight, presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import { ASPECT_NARROW, ASPECT_WIDE, fitProjection } from "../src/views/map/projection.ts";

const OUT = resolve("data/geo/region.topo.json");
/** Natural Earth names of the countries the map emphasizes; their border keeps every 1:50m point. */
const FOCUS = ["Kazakhstan", "China"];
type Names = { en: string; zh: string; ru: string; kk: string };
/** Localized names for the two countries the map is about, as the site writes them. */
const LOCAL_NAMES: Record<string, Names> = {
  Kazakhstan: { en: "Kazakhstan", zh: "哈萨克斯坦", ru: "Казахстан", kk: "Қазақстан" },
  China: { en: "China", zh: "中国", ru: "Китай", kk: "Қытай" },
};
/**
 * The ISO 3166-1 code of each country the frame shows, by its Natural Earth name: the other languages' names come
 * from the Unicode CLDR (through ICU's Intl.DisplayNames, in their short form) when the file is built, so the page
 * and its prerendered copy read the same names whatever ICU the browser has. English keeps Natural Earth's.
 */
const REGION_CODES: Record<string, string> = {
  Afghanistan: "AF",
  Armenia: "AM",
  Azerbaijan: "AZ",
  Bahrain: "BH",
  Bangladesh: "BD",
  Belarus: "BY",
  Bhutan: "BT",
  Cambodia: "KH",
  Georgia: "GE",
  "Hong Kong": "HK",
  Macao: "MO",
  India: "IN",
  Iran: "IR",
  Iraq: "IQ",
  Japan: "JP",
  Kuwait: "KW",
  Kyrgyzstan: "KG",
  Laos: "LA",
  Mongolia: "MN",
  Myanmar: "MM",
  Nepal: "NP",
  "North Korea": "KP",
  Oman: "OM",
  Pakistan: "PK",
  Philippines: "PH",
  Qatar: "QA",
  Russia: "RU",
  "Saudi Arabia": "SA",
  "South Korea": "KR",
  Syria: "SY",
  Taiwan: "TW",
  Tajikistan: "TJ",
  Thailand: "TH",
  Turkey: "TR",
  Turkmenistan: "TM",
  Ukraine: "UA",
  "United Arab Emirates": "AE",
  Uzbekistan: "UZ",
  Vietnam: "VN",
};

/** Areas Natural Earth draws apart that are no ISO 3166-1 region: they keep their English name in every language. */
const NO_REGION_CODE = new Set(["Siachen Glacier"]);

/** A country's names in the site's languages: the site's own for the two it is about, CLDR's for the others. */
function countryNames(name: string): Names | undefined {
  const local = LOCAL_NAMES[name];
  if (local) return local;
  if (NO_REGION_CODE.has(name)) return undefined;
  const code = REGION_CODES[name];
  if (!code) throw new Error(`${name}: no ISO 3166-1 code in REGION_CODES, so no name in the other languages`);
  const inLanguage = (lang: string) => new Intl.DisplayNames([lang], { type: "region", style: "short" }).of(code) ?? name;
  return { en: name, zh: inLanguage("zh"), ru: inLanguage("ru"), kk: inLanguage("kk") };
}
/** Reference map width (px) for cropping; only proportions matter. */
const REF_WIDTH = 1000;
/** Extra room around the frame when cropping, as a share of the width: shapes end well outside the view. */
const CROP_MARGIN = 0.04;
/** Visvalingam weight (square degrees) below which a point is dropped: about 1 px at the default zoom of a wide map. */
const MIN_WEIGHT = 0.0025;
/** Islands and slivers smaller than this (square degrees) are left out. */
const MIN_RING_AREA = 0.02;
/** Coordinates are rounded to a 1/QUANTIZATION of the extent: about 0.35 km here, below a pixel at full zoom. */
const QUANTIZATION = 30_000;
/** How many times more weight the Kazakhstan–China border's points get, so it is simplified far less. */
const FOCUS_BORDER_BOOST = 1e6;

type Ring = Position[];

/**
 * Crops a feature to a rectangle of the projected map and returns it in [longitude, latitude] again.
 * Clipping in projected space cuts exactly along what the frame can show.
 */
function cropFeature(f: Feature<Polygon | MultiPolygon>, projection: GeoProjection): Polygon | MultiPolygon | null {
  const invert = (x: number, y: number): Position => {
    const p = projection.invert!([x, y])!;
    return [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
  };
  const polygons: Ring[][] = [];
  let rings: Ring[] = [];
  let ring: Ring = [];
  const sink: GeoStream = {
    point: (x, y) => void ring.push(invert(x, y)),
    lineStart: () => void (ring = []),
    lineEnd: () => {
      if (ring.length > 2) rings.push([...ring, ring[0]!]);
    },
    polygonStart: () => void (rings = []),
    polygonEnd: () => {
      // The clip may return several exterior rings and holes for one polygon: an exterior has the
      // orientation of the input's exteriors (positive area below), a hole the other.
      const exteriors = rings.filter((r) => sphericalOrientation(r) > 0).map((r) => [r]);
      for (const hole of rings.filter((r) => sphericalOrientation(r) <= 0)) {
        const host = exteriors.find((p) => contains(p[0]!, hole[0]!)) ?? exteriors[0];
        host?.push(hole);
      }
      polygons.push(...exteriors);
    },
    sphere: () => {},
  };
  const stream = projection.stream(sink);
  const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) {
    stream.polygonStart();
    for (const r of poly) {
      stream.lineStart();
      // GeoJSON repeats the first point at the end; d3 streams leave it out.
      for (const [x, y] of r.slice(0, -1)) stream.point(x!, y!, 0);
      stream.lineEnd();
    }
    stream.polygonEnd();
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
}

/**
 * The wide map's projection, clipped to the union of what the frame shows at the widest and the
 * tallest aspect the map takes (the two fits differ only in scale and translation), plus a margin.
 */
function cropProjection(): GeoProjection {
  const wideHeight = REF_WIDTH * ASPECT_WIDE;
  const narrowHeight = REF_WIDTH * ASPECT_NARROW;
  const wide = fitProjection(REF_WIDTH, wideHeight).precision(0);
  const narrow = fitProjection(REF_WIDTH, narrowHeight);
  const corners: [number, number][] = [
    [0, 0],
    [REF_WIDTH, wideHeight],
    ...(
      [
        [0, 0],
        [REF_WIDTH, narrowHeight],
      ] as [number, number][]
    ).map((p) => wide(narrow.invert!(p)!)!),
  ];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const m = REF_WIDTH * CROP_MARGIN;
  return wide.clipExtent([
    [Math.min(...xs) - m, Math.min(...ys) - m],
    [Math.max(...xs) + m, Math.max(...ys) + m],
  ]);
}

/** > 0 for a ring d3-geo reads as an exterior (it encloses less than half the sphere), else ≤ 0. */
function sphericalOrientation(ring: Ring): number {
  const area = geoArea({ type: "Polygon", coordinates: [ring] });
  return area < 2 * Math.PI ? 1 : -1;
}

/** Planar point-in-ring test in [longitude, latitude], enough to match a hole to its exterior. */
function contains(ring: Ring, [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

function main() {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

  const projection = cropProjection();
  const cropped: Feature<Geometry, Record<string, unknown>>[] = [];
  for (const f of countries.features) {
    if (!f.geometry) continue;
    const geometry = cropFeature(f, projection);
    if (!geometry) continue;
    const name = f.properties.name;
    const names = countryNames(name);
    cropped.push({
      type: "Feature",
      geometry,
      properties: { name, ...(names ? { names } : {}) },
    });
  }

  const topo = topology({ countries: { type: "FeatureCollection", features: cropped } as FeatureCollection }, 1e6) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const weighted = presimplify(topo);
  boostFocusBorder(weighted);
  const simple = simplify(weighted, MIN_WEIGHT);
  const filtered = filter(simple, filterWeight(simple, MIN_RING_AREA));
  const out = quantize(filtered, QUANTIZATION) as Topology<{ countries: GeometryCollection }>;
  // Countries whose every ring fell below the minimum area are gone; drop their empty entries.
  out.objects.countries.geometries = out.objects.countries.geometries.filter((g) => g.type !== null);
  delete (out as { bbox?: unknown }).bbox;

  const text = JSON.stringify(out);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${text}\n`);

  const names = out.objects.countries.geometries.map((g) => (g.properties as { name: string }).name);
  const hull = focusHull(countries);
  console.log(`wrote ${OUT}`);
  console.log(`  ${names.length} countries: ${names.join(", ")}`);
  console.log(`  ${text.length + 1} bytes, ${gzipSync(`${text}\n`).length} gzip`);
  console.log(`  hull of ${FOCUS.join(" and ")} (FRAME_HULL in src/views/map/projection.ts):`);
  console.log(`  ${JSON.stringify(hull)}`);
  for (const f of cropped)
    if (FOCUS.includes(String(f.properties.name))) console.log(`  ${f.properties.name} bounds ${JSON.stringify(geoBounds(f))}`);
}

/** Multiplies the weight of every point on arcs that Kazakhstan and China share, so simplify keeps them. */
function boostFocusBorder(topo: Topology): void {
  const geoms = (topo.objects.countries as GeometryCollection<{ name: string }>).geometries;
  const arcsOf = (name: string) => {
    const g = geoms.find((x) => (x.properties as { name?: string } | undefined)?.name === name);
    const ids = new Set<number>();
    const walk = (a: unknown): void => {
      if (typeof a === "number") ids.add(a < 0 ? ~a : a);
      else if (Array.isArray(a)) a.forEach(walk);
    };
    if (g && "arcs" in g) walk(g.arcs);
    return ids;
  };
  const [a, b] = FOCUS.map(arcsOf);
  for (const id of a ?? []) {
    if (!b?.has(id)) continue;
    for (const point of topo.arcs[id]!) if (point[2] !== undefined) point[2] *= FOCUS_BORDER_BOOST;
  }
}

/** The convex hull of the focus countries' vertices, rounded to 0.1°. */
function focusHull(countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>): [number, number][] {
  const points: [number, number][] = [];
  for (const f of countries.features) {
    if (!FOCUS.includes(f.properties.name)) continue;
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) for (const [x, y] of poly[0]!) points.push([x!, y!]);
  }
  return (polygonHull(points) ?? []).map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
}

main();
