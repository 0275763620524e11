import { geoConicEqualArea, type GeoConicProjection } from "d3-geo";
import type { MultiPoint } from "geojson";
import type { PlaceFeature } from "../../data/schemas/places";
import { FIT_PADDING } from "./projection";

/**
 * What the map is about: Kazakhstan and Xinjiang, where all but the Pacific end of the corridor lie.
 * The default view is fitted to them (and to the places near them); a place far beyond them
 * (Lianyungang, on the Yellow Sea) is drawn in the inset instead of shrinking the map to fit China.
 */

type LonLat = readonly [number, number];

/**
 * Kazakhstan's outline as a convex hull in Natural Earth 1:50m ([longitude, latitude], rounded outwards
 * to 0.1°). A test checks every vertex of the shipped country lies inside it.
 */
export const KAZAKHSTAN_HULL: readonly LonLat[] = [
  [87.4, 49.1],
  [85.6, 47],
  [80.3, 42.1],
  [68.5, 40.6],
  [55.5, 41.2],
  [52.4, 41.7],
  [47.2, 47.7],
  [46.6, 48.5],
  [46.6, 48.6],
  [46.8, 49.4],
  [46.9, 49.9],
  [47.3, 50.3],
  [47.5, 50.5],
  [50.7, 51.8],
  [61.3, 54.1],
  [69, 55.4],
  [70.8, 55.4],
  [76.9, 54.5],
  [86.8, 49.8],
  [87.3, 49.3],
];

/**
 * Xinjiang's extent as its government publishes it: 73°40′–96°23′ E, 34°25′–49°10′ N. The country
 * shapes do not draw provinces, so the region is framed by its bounds; its west and north edges are
 * China's border, which the shapes do draw.
 */
export const XINJIANG_BOUNDS: readonly [LonLat, LonLat] = [
  [73 + 40 / 60, 34 + 25 / 60],
  [96 + 23 / 60, 49 + 10 / 60],
];

/** A place with any point within this many degrees of the subject's bounds is framed with it; others go to the inset. */
export const FRAME_REACH_DEG = 3;
/** Degrees between the points added along each outline edge, so the fit follows its curved projection. */
const OUTLINE_STEP = 1;

/** Every position of a place's geometry. */
export function positionsOf(f: PlaceFeature): LonLat[] {
  const g = f.geometry;
  if (g.type === "Point") return [g.coordinates];
  if (g.type === "LineString") return g.coordinates;
  return g.coordinates.flat();
}

/** The bounds of Kazakhstan and Xinjiang together: [[west, south], [east, north]]. */
export function subjectBounds(): [[number, number], [number, number]] {
  const all = [...KAZAKHSTAN_HULL, ...XINJIANG_BOUNDS];
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

/** Whether a place lies far beyond the subject (no point of it within FRAME_REACH_DEG): it is drawn in the inset. */
export function isFar(f: PlaceFeature): boolean {
  const [[w, s], [e, n]] = subjectBounds();
  const r = FRAME_REACH_DEG;
  return !positionsOf(f).some(([lon, lat]) => lon >= w - r && lon <= e + r && lat >= s - r && lat <= n + r);
}

function densify(ring: readonly LonLat[], out: [number, number][]) {
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length]!;
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / OUTLINE_STEP));
    for (let s = 0; s < steps; s++) out.push([a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps]);
  });
}

/**
 * What the default view is fitted to: Kazakhstan's hull and Xinjiang's bounds, densified, with every
 * point of the places framed with them (a place just outside the two still shows whole).
 */
export function subjectOutline(features: readonly PlaceFeature[]): MultiPoint {
  const coordinates: [number, number][] = [];
  densify(KAZAKHSTAN_HULL, coordinates);
  const [[w, s], [e, n]] = XINJIANG_BOUNDS;
  densify(
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
    ],
    coordinates,
  );
  for (const f of features) if (!isFar(f)) for (const [lon, lat] of positionsOf(f)) coordinates.push([lon, lat]);
  return { type: "MultiPoint", coordinates };
}

/**
 * An equal-area conic centred on the subject (its middle meridian; standard parallels a sixth of the
 * way in from its south and north edges), fitted inside width × height with FIT_PADDING around it.
 */
export function fitFrame(width: number, height: number, outline: MultiPoint): GeoConicProjection {
  const lons = outline.coordinates.map((p) => p[0]!);
  const lats = outline.coordinates.map((p) => p[1]!);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const sixth = (north - south) / 6;
  const pad = Math.round(width * FIT_PADDING);
  return geoConicEqualArea()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + sixth, north - sixth])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      outline,
    );
}
