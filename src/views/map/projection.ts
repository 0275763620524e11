import { geoConicEqualArea, type GeoConicProjection } from "d3-geo";
import type { MultiPoint } from "geojson";

/**
 * The outline the map is fitted to: the convex hull of Kazakhstan and China in Natural Earth 1:50m
 * ([longitude, latitude], west of the Caspian to the Pacific coast and Hainan). `npm run geo:build`
 * prints it again, and a test checks that every vertex of the two countries lies inside it.
 */
export const FRAME_HULL: readonly (readonly [number, number])[] = [
  [134.8, 47.7],
  [134.7, 47.6],
  [133.9, 46.2],
  [133.4, 45.6],
  [119.8, 25.5],
  [117.4, 23.6],
  [116.5, 22.9],
  [110.1, 18.4],
  [110, 18.4],
  [109.7, 18.2],
  [109.6, 18.2],
  [109.5, 18.2],
  [109, 18.4],
  [100.1, 21.5],
  [52.5, 41.8],
  [47.2, 47.8],
  [46.7, 48.4],
  [46.6, 48.6],
  [46.8, 49.5],
  [46.9, 49.7],
  [47, 49.9],
  [47.3, 50.3],
  [47.4, 50.3],
  [47.4, 50.4],
  [47.5, 50.4],
  [50.8, 51.7],
  [61.3, 54],
  [69, 55.4],
  [123.3, 53.6],
  [123.6, 53.5],
  [125.1, 53.2],
  [125.2, 53.2],
  [125.7, 53],
  [134.6, 48.3],
  [134.7, 48.3],
  [134.7, 48.2],
];

/** An equal-area conic centred on the region, so sizes compare fairly from the Caspian to the Yellow Sea. */
export const PROJECTION_ROTATE: [number, number] = [-91, 0];
export const PROJECTION_PARALLELS: [number, number] = [25, 50];

/** Height ÷ width of the map: taller on phones, where the region would otherwise be a thin strip. */
export const ASPECT_WIDE = 0.6;
export const ASPECT_NARROW = 0.8;
/** Below this width (px) the map uses the narrow aspect. */
export const NARROW_BELOW = 560;
/** The tallest the map gets (px); wider containers centre a map of this height. */
export const MAX_MAP_HEIGHT = 820;
/** Space kept free around the fitted outline, as a share of the map's width. */
export const FIT_PADDING = 0.025;
/** Degrees between the points added along each hull edge, so the fit follows its curved projection. */
const HULL_STEP = 2;

export const EARTH_RADIUS_KM = 6371;

/** The hull, densified, as the GeoJSON the projection is fitted to. */
export function frameOutline(): MultiPoint {
  const coordinates: [number, number][] = [];
  FRAME_HULL.forEach((a, i) => {
    const b = FRAME_HULL[(i + 1) % FRAME_HULL.length]!;
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / HULL_STEP));
    for (let s = 0; s < steps; s++) coordinates.push([a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps]);
  });
  return { type: "MultiPoint", coordinates };
}

export function mapAspect(width: number): number {
  return width < NARROW_BELOW ? ASPECT_NARROW : ASPECT_WIDE;
}

/**
 * On a slide, the flattest map drawn (height ÷ width): a wider box would add only neighbours, and beyond
 * this the frame would reach past the country shapes' crop (a test checks it stays inside).
 */
export const SLIDE_ASPECT_MIN = 0.52;

/**
 * The map's drawing size in a container `containerWidth` wide. On a slide (`fitHeight`, the height the
 * frame leaves it), the map fills the box it is given, no flatter than SLIDE_ASPECT_MIN and no taller
 * than a phone's map: the projection fits the region inside whatever box it gets.
 */
export function mapSize(containerWidth: number, typeScale = 1, fitHeight?: number): { width: number; height: number } {
  if (fitHeight !== undefined) {
    const width = Math.max(0, Math.min(containerWidth, Math.round(fitHeight / SLIDE_ASPECT_MIN)));
    return { width, height: Math.max(0, Math.min(Math.round(fitHeight), Math.round(width * ASPECT_NARROW))) };
  }
  const aspect = mapAspect(containerWidth);
  const width = Math.min(containerWidth, Math.round((MAX_MAP_HEIGHT * typeScale) / aspect));
  return { width, height: Math.round(width * aspect) };
}

/**
 * The region's projection, Kazakhstan and China whole, inside width × height pixels: what the country
 * shapes are cropped to (scripts/buildGeography.ts) and what the inset draws. The main map is framed
 * closer, on Kazakhstan and Xinjiang (frame.ts).
 */
export function fitProjection(width: number, height: number): GeoConicProjection {
  const pad = Math.round(width * FIT_PADDING);
  return geoConicEqualArea()
    .rotate(PROJECTION_ROTATE)
    .parallels(PROJECTION_PARALLELS)
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      frameOutline(),
    );
}

/** Pixels per kilometre near the standard parallels at zoom 1 (the projection is equal-area, so close enough everywhere). */
export function pixelsPerKm(projection: GeoConicProjection): number {
  return projection.scale() / EARTH_RADIUS_KM;
}
