import { ascending } from "d3-array";
import { geoDistance, geoPath, type GeoConicProjection, type GeoProjection } from "d3-geo";
import type { Position } from "geojson";
import type { PlaceFeature } from "../../data/schemas/places";
import { anchorOf, isTown } from "./compute";
import { projectedOnce, projectedShape } from "./countryShapes";
import { countryName, isFocusCountry, type CountryFeature } from "./geography";
import { estimateTextWidth, symbolBox, type Box, type LabelCandidate } from "./labels";
import { EARTH_RADIUS_KM } from "./projection";
import { symbolArea, symbolPath, symbolRadius } from "./symbols";
import { toScreen, type View } from "./view";

/** A place as drawn at zoom 1: a symbol at (x, y), or a route's path with (x, y) at its middle. */
export interface Mark {
  id: string;
  feature: PlaceFeature;
  x: number;
  y: number;
  /** The route's path (lines), or the symbol's path centred on 0,0 (points). */
  d: string;
  /** Half the symbol's size in px (0 for lines). */
  radius: number;
  /** A route's projected polylines (px at zoom 1), one per part; empty for points. */
  parts: [number, number][][];
}

/**
 * Decimals kept in the places' drawn coordinates: a hundredth of a pixel, finer than any zoom shows. Rounded, the
 * markup is the same whichever engine projected it (the build's Node or the reader's browser, whose last digits
 * of a sine may differ), so the prerendered map hydrates unchanged.
 */
export const DIGITS = 2;
const round = (v: number) => Math.round(v * 10 ** DIGITS) / 10 ** DIGITS;

/** A point projected to px at zoom 1, rounded (DIGITS); 0,0 where the projection cannot place it. */
export function projected(projection: GeoProjection, at: [number, number]): [number, number] {
  const [x, y] = projection(at) ?? [0, 0];
  return [round(x), round(y)];
}

/** Projects the places: symbols for points, paths for routes, in drawing order (routes, towns, sites). */
export function buildMarks(features: readonly PlaceFeature[], projection: GeoProjection): Mark[] {
  const path = geoPath(projection).digits(DIGITS);
  const marks = features.map((f): Mark => {
    const g = f.geometry;
    if (g.type === "Point") {
      const [x, y] = projected(projection, g.coordinates);
      const area = symbolArea(f);
      return { id: f.id, feature: f, x, y, d: symbolPath(f.properties.category, area), radius: symbolRadius(area), parts: [] };
    }
    const lines = g.type === "LineString" ? [g.coordinates] : g.coordinates;
    const coordinates = lines.flat();
    const [x, y] = projected(projection, coordinates[Math.floor(coordinates.length / 2)]!);
    const parts = lines.map((line) => line.map((p) => projected(projection, p)));
    return { id: f.id, feature: f, x, y, d: path(g) ?? "", radius: 0, parts };
  });
  // Routes at the bottom, then towns, then sites on top: where a site sits on its town, a click finds the site.
  const points = marks.filter((m) => m.radius > 0);
  return [...marks.filter((m) => m.radius === 0), ...points.filter((m) => isTown(m.feature)), ...points.filter((m) => !isTown(m.feature))];
}

/** The marks in west-to-east order (then north to south), the order the keyboard steps through. */
export function navigationOrder(marks: readonly Mark[]): Mark[] {
  return [...marks].sort((a, b) => a.x - b.x || a.y - b.y || ascending(a.id, b.id));
}

export interface CountryAnchor {
  name: string;
  label: string;
  focus: boolean;
  x: number;
  y: number;
  /** Projected area (px² at zoom 1) of the country's largest visible part, for the order of labels. */
  area: number;
  /** Whether a point (px at zoom 1) lies inside the country. */
  contains: (x: number, y: number) => boolean;
}

/** Countries smaller than this on screen at zoom 1 (px²) are not named. */
export const MIN_NAMED_AREA = 2500;

/** A country's label's id: this, then the country's name. */
export const COUNTRY_PREFIX = "country:";

/** Where each country's name goes: the centroid of its largest polygon as projected. */
export function countryAnchors(countries: readonly CountryFeature[], projection: GeoConicProjection, lang: string): CountryAnchor[] {
  const {
    value: parts,
    placement: { k, tx, ty },
  } = projectedOnce(projection, countries, largestParts);
  const anchors: CountryAnchor[] = [];
  countries.forEach((c, i) => {
    const part = parts[i];
    if (!part) return;
    const area = part.area * k * k;
    const focus = isFocusCountry(c.properties.name);
    if (!focus && area < MIN_NAMED_AREA) return;
    const name = countryName(c.properties, lang);
    anchors.push({
      name: c.properties.name,
      label: focus ? name.toLocaleUpperCase(lang) : name,
      focus,
      x: round(part.centroid[0] * k + tx),
      y: round(part.centroid[1] * k + ty),
      area,
      contains: (x, y) => part.inside((x - tx) / k, (y - ty) / k),
    });
  });
  return anchors;
}

/**
 * Each country as projected (projectedShape, shared with the outlines), with the area and centroid of its largest
 * part and a test of whether a point is inside it, or null where nothing of it is drawn: in the units of the
 * projection they were made with (see projectedOnce).
 */
function largestParts(base: GeoConicProjection, countries: readonly CountryFeature[]) {
  const planar = geoPath();
  return countries.map((c) => {
    const shape = projectedShape(base, c);
    let best: { area: number; centroid: [number, number] } | null = null;
    for (const part of shape) {
      if (part.type !== "Polygon") continue;
      const area = planar.area(part);
      if (!best || area > best.area) best = { area, centroid: planar.centroid(part) };
    }
    if (!best || !Number.isFinite(best.centroid[0])) return null;
    const polygons = shape.flatMap((p) => (p.type === "Polygon" ? [p.coordinates] : []));
    let inside: ((x: number, y: number) => boolean) | null = null;
    return { ...best, inside: (x: number, y: number) => (inside ??= insideTest(polygons))(x, y) };
  });
}

/** Bands of a polygon's height that a point test looks in: each holds the edges that cross it. */
const BANDS = 64;

/**
 * Whether a point lies inside any of the polygons (a hole's inside is outside), by counting the edges it crosses:
 * only those of the band its height falls in, so a test costs a fraction of the outline's points. Label placement
 * asks it of every position it tries for the two focus countries' names, whose outlines run to thousands of points.
 */
function insideTest(polygons: readonly (readonly (readonly Position[])[])[]): (x: number, y: number) => boolean {
  const tests = polygons.map((rings) => {
    const edges: [number, number, number, number][] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        edges.push([xi, yi, xj, yj]);
      }
    }
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const [x, y] of edges) [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
    const height = y1 - y0 || 1;
    const band = (y: number) => Math.min(BANDS - 1, Math.max(0, Math.floor(((y - y0) / height) * BANDS)));
    const bands: (typeof edges)[] = Array.from({ length: BANDS }, () => []);
    for (const edge of edges) {
      for (let b = band(Math.min(edge[1], edge[3])); b <= band(Math.max(edge[1], edge[3])); b++) bands[b]!.push(edge);
    }
    return (x: number, y: number) => {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      let inside = false;
      for (const [xi, yi, xj, yj] of bands[band(y)]!) {
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    };
  });
  return (x, y) => tests.some((test) => test(x, y));
}

/** Label sizes in px; the projector theme asks for larger ones. */
export interface LabelSizes {
  place: number;
  focusCountry: number;
  country: number;
}
export const LABEL_SIZES: LabelSizes = { place: 12, focusCountry: 15, country: 11 };
export const LABEL_SIZES_LARGE: LabelSizes = { place: 16, focusCountry: 19, country: 14 };
/** Spacing of the focus countries' capitalised names, in em. */
export const FOCUS_LETTER_SPACING = 0.12;
/** Place names longer than this (px) are not written on the map; the tooltip, details and table carry them. */
export const MAX_PLACE_LABEL_WIDTH = 200;
/** Towns with more sites within this distance (km) are named first. */
export const NEARBY_KM = 60;

/** A country's name goes on its label point, or is nudged off it in steps of this many font sizes. */
const COUNTRY_NUDGE = 1.4;
/** How many steps the two focus countries' names may move to find room; other countries', one. */
const FOCUS_COUNTRY_REACH = 3;

/** A town with this many sites nearby names its cluster: its label may lie over their symbols. */
const CLUSTER_SITES = 3;

const PRIORITY = { selected: 10_000, town: 5_000, focusCountry: 1_000, site: 500, station: 100, country: 0 } as const;

/**
 * What may be labelled, in screen pixels under the zoom `view`: towns first (those near more sites
 * first: they orient the reader and their names are short), then the two focus countries (whose names
 * can move to find room), then sites, then pipeline stations, then other countries (larger first).
 * The selected place, if any, comes before everything.
 */
export function labelCandidates(
  marks: readonly Mark[],
  countries: readonly CountryAnchor[],
  view: View,
  sizes: LabelSizes,
  nameOf: (f: PlaceFeature) => string,
  selectedId: string | null,
  markScale = 1,
): LabelCandidate[] {
  const points = marks.filter((m) => m.radius > 0);
  const sites = points.filter((m) => !isTown(m.feature));
  const candidates: LabelCandidate[] = [];
  for (const c of countries) {
    const [x, y] = toScreen(view, [c.x, c.y]);
    candidates.push({
      id: `${COUNTRY_PREFIX}${c.name}`,
      text: c.label,
      x,
      y,
      priority: c.focus ? PRIORITY.focusCountry : PRIORITY.country + c.area / 1e6,
      fontSize: c.focus ? sizes.focusCountry : sizes.country,
      radius: 0,
      sides: ["center"],
      offset: (c.focus ? sizes.focusCountry : sizes.country) * COUNTRY_NUDGE,
      reach: c.focus ? FOCUS_COUNTRY_REACH : 1,
      letterSpacing: c.focus ? FOCUS_LETTER_SPACING : 0,
      // The two focus countries' names stay inside them, whatever the symbols around.
      within: c.focus ? (sx, sy) => c.contains((sx - view.x) / view.k, (sy - view.y) / view.k) : undefined,
    });
  }
  for (const m of points) {
    const text = nameOf(m.feature);
    // Measured at the base size, so larger type (a projector) names the same places, only bigger.
    if (estimateTextWidth(text, LABEL_SIZES.place) > MAX_PLACE_LABEL_WIDTH && m.id !== selectedId) continue;
    const [x, y] = toScreen(view, [m.x, m.y]);
    const category = m.feature.properties.category;
    let priority: number;
    let nearby = 0;
    if (m.id === selectedId) priority = PRIORITY.selected;
    else if (isTown(m.feature)) priority = PRIORITY.town + (nearby = nearbyCount(m, sites));
    else if (category === "oil-pipeline" || category === "gas-pipeline") priority = PRIORITY.station;
    else priority = PRIORITY.site;
    candidates.push({
      id: m.id,
      text,
      x,
      y,
      priority,
      fontSize: sizes.place,
      radius: m.radius * markScale,
      sides: ["right", "left", "above", "below"],
      // A town at the heart of a cluster (Khorgos) is named even where the cluster leaves no free room.
      overSymbols: m.id === selectedId || nearby >= CLUSTER_SITES,
    });
  }
  return candidates;
}

function nearbyCount(town: Mark, sites: readonly Mark[]): number {
  const at = anchorOf(town.feature);
  return sites.filter((s) => geoDistance(at, anchorOf(s.feature)) * EARTH_RADIUS_KM <= NEARBY_KM).length;
}

/** The symbols as obstacles for labels, in screen pixels under the zoom `view`. */
export function symbolObstacles(marks: readonly Mark[], view: View, markScale = 1): (Box & { id: string })[] {
  return marks
    .filter((m) => m.radius > 0)
    .map((m) => {
      const [x, y] = toScreen(view, [m.x, m.y]);
      return symbolBox(m.id, x, y, m.radius * markScale);
    });
}
