import { geoClipRectangle, geoConicEqualArea, geoPath, geoStream, geoTransform, type GeoConicProjection, type GeoStream } from "d3-geo";
import type { LineString, MultiLineString, Polygon } from "geojson";
import type { CountryFeature } from "./geography";
import type { Box } from "./labels";
import { ShortPath } from "./shortPath";

/** Beyond the frame, so the outlines' strokes run off its edges rather than stopping at them. */
const CLIP_MARGIN = 4;
/** Decimals in the outlines' coordinates: a tenth of a pixel at zoom 1 is still under a pixel at the deepest zoom. */
const DIGITS = 1;

/**
 * No adaptive resampling of what is projected once (d3's default adds points wherever a segment would bend by more
 * than 0.7 px): the outlines' points lie a few kilometres apart, so it added 0.14% to them and cost two to five times
 * the projection's time. Within the frame the drawing is the same (countryShapes.test.ts compares it with d3's
 * resampled projection).
 */
const RESAMPLE_PX = 0;

/** A projected outline: the rings of each polygon, or the lines, as the projection streamed them. */
export type Planar = (Polygon | LineString)[];

/**
 * Records what a projection streams out as planar GeoJSON that streams the same again: each polygon's rings
 * (with their first point repeated at the end, which streaming a ring drops) and each line.
 */
function recorder(): { stream: GeoStream; shapes: Planar } {
  const shapes: Planar = [];
  let polygon: [number, number][][] | null = null;
  let line: [number, number][] = [];
  const stream: GeoStream = {
    point: (x, y) => void line.push([x, y]),
    lineStart: () => void (line = []),
    lineEnd: () => {
      if (polygon) {
        if (line.length > 0) polygon.push([...line, line[0]!]);
      } else if (line.length > 0) shapes.push({ type: "LineString", coordinates: line });
    },
    polygonStart: () => void (polygon = []),
    polygonEnd: () => {
      if (polygon && polygon.length > 0) shapes.push({ type: "Polygon", coordinates: polygon });
      polygon = null;
    },
    sphere: () => undefined,
  };
  return { stream, shapes };
}

/** What `projection` makes of a GeoJSON object, as planar GeoJSON. */
export function projectShape(projection: GeoConicProjection, object: Parameters<typeof geoStream>[0]): Planar {
  const { stream, shapes } = recorder();
  geoStream(object, projection.stream(stream));
  return shapes;
}

/**
 * What was projected once, by what it was computed with (`compute`), from what (`owner`), and through which
 * projection (its rotation and parallels). A fitted projection differs from another with the same rotation and
 * parallels only in its scale and translation: so outlines are projected (the costly part: the sphere's clipping
 * and the adaptive resampling) once, and each frame only scales and moves them. A resize, the measured draw that
 * follows the prerendered one, and a second map all reuse them.
 */
const cache = new WeakMap<object, WeakMap<object, Map<string, { scale: number; value: unknown }>>>();

/** How a frame's projection places what was projected once: x · k + tx, y · k + ty. */
export interface Placement {
  k: number;
  tx: number;
  ty: number;
}

/**
 * `compute(base)` for a projection like `projection` but at a fixed scale and no translation, computed once per
 * `owner` and projection, with how to place its coordinates in `projection`'s frame.
 */
export function projectedOnce<O extends object, T>(
  projection: GeoConicProjection,
  owner: O,
  compute: (base: GeoConicProjection, owner: O) => T,
): { value: T; placement: Placement } {
  let byOwner = cache.get(compute);
  if (!byOwner) cache.set(compute, (byOwner = new WeakMap()));
  let byProjection = byOwner.get(owner);
  if (!byProjection) byOwner.set(owner, (byProjection = new Map()));
  const key = `${projection.rotate().join(",")}|${projection.parallels().join(",")}`;
  let found = byProjection.get(key);
  if (!found) {
    const scale = projection.scale();
    const base = geoConicEqualArea()
      .rotate(projection.rotate())
      .parallels(projection.parallels())
      .scale(scale)
      .translate([0, 0])
      .precision(RESAMPLE_PX);
    found = { scale, value: compute(base, owner) };
    byProjection.set(key, found);
  }
  const [tx, ty] = projection.translate();
  return { value: found.value as T, placement: { k: projection.scale() / found.scale, tx, ty } };
}

/** Each country's projected shape, by the base projection it was projected through (see projectedOnce). */
const projectedShapes = new WeakMap<object, Map<string, Planar>>();

/**
 * `projectShape(base, object)`, once per object and base projection: the outlines and the countries' label
 * anchors (mapLayout.ts) both start from the countries as projected, and project each only once between them.
 */
export function projectedShape(base: GeoConicProjection, object: CountryFeature): Planar {
  const key = `${base.rotate().join(",")}|${base.parallels().join(",")}|${base.scale()}`;
  let byBase = projectedShapes.get(object);
  if (!byBase) projectedShapes.set(object, (byBase = new Map()));
  let shape = byBase.get(key);
  if (!shape) byBase.set(key, (shape = projectShape(base, object)));
  return shape;
}

/** An outline projected once: a country through projectedShape (shared with its label's anchor), borders as they are. */
const projectOutline = (base: GeoConicProjection, object: CountryFeature | MultiLineString): Planar =>
  object.type === "Feature" ? projectedShape(base, object) : projectShape(base, object);

/**
 * An outline (a country, the borders) as an SVG path for a projection, cut to the frame it is seen through (`clip`,
 * in px at zoom 1: the zoom never shows beyond it); "" where nothing of it is in the frame. Projected once (see
 * projectedOnce), then only scaled and moved: each outline on its own, so each can be drawn in a render of its own.
 * The cut and the rounding keep the drawing (and the prerendered page that holds it) to what can be seen: a sixth
 * of the full outlines' size; written as steps (ShortPath), half that again.
 */
export function outlinePath(projection: GeoConicProjection, object: CountryFeature | MultiLineString, clip: Box): string {
  const {
    value: shape,
    placement: { k, tx, ty },
  } = projectedOnce(projection, object, projectOutline);
  const move = geoTransform({
    point(x, y) {
      this.stream.point(x * k + tx, y * k + ty);
    },
  });
  const cut = geoClipRectangle(clip.x0 - CLIP_MARGIN, clip.y0 - CLIP_MARGIN, clip.x1 + CLIP_MARGIN, clip.y1 + CLIP_MARGIN);
  const path = new ShortPath(DIGITS);
  geoPath({ stream: (output) => move.stream(cut(output)) }, path)({ type: "GeometryCollection", geometries: shape });
  return path.take();
}
