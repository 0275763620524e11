import { geoConicEqualArea, type GeoConicProjection, type GeoProjection } from "d3-geo";
import type { Box } from "./labels";
import { frameOutline, PROJECTION_PARALLELS, PROJECTION_ROTATE } from "./projection";
import type { View } from "./view";

/**
 * The inset: the whole region (Kazakhstan and China, to the Pacific coast) small, in the map's
 * bottom-right corner, where the default view shows only the empty south-east of Xinjiang. It carries
 * the places too far east for the main frame (Lianyungang), the corridor to them, and an outline of
 * what the main frame shows.
 */

/** The inset's width as a share of the map's, within INSET_MIN_WIDTH and INSET_MAX_WIDTH (px, times the type scale). */
export const INSET_SHARE = 0.26;
export const INSET_MIN_WIDTH = 124;
export const INSET_MAX_WIDTH = 230;
/** While a place in the inset is selected, the inset grows by this: the reader is looking at it. */
export const INSET_GROWTH = 1.45;
/** The most of the map's width and height the inset may take, grown or not: the rest is the subject's. */
export const INSET_MAX_SHARE = { width: 0.36, height: 0.35 } as const;
/** Height ÷ width of the inset (the region is wider than tall). */
export const INSET_ASPECT = 0.62;
/** Space (px) between the inset and the map's edges. */
export const INSET_MARGIN = 8;
/** Space (px) between the inset's edge and the region drawn in it. */
const INSET_PADDING = 4;

/** The inset's box in the map's pixels, for a map width × height. */
export function insetBox(width: number, height: number, typeScale = 1, grown = false): Box {
  const base = Math.min(INSET_MAX_WIDTH * typeScale, Math.max(INSET_MIN_WIDTH * typeScale, width * INSET_SHARE));
  const w = Math.round(
    Math.min(base * (grown ? INSET_GROWTH : 1), width * INSET_MAX_SHARE.width, (height * INSET_MAX_SHARE.height) / INSET_ASPECT),
  );
  const h = Math.round(w * INSET_ASPECT);
  return { x0: width - INSET_MARGIN - w, y0: height - INSET_MARGIN - h, x1: width - INSET_MARGIN, y1: height - INSET_MARGIN };
}

/** The region's projection (the same as the country shapes' crop), fitted inside the inset's box. */
export function insetProjection(box: Box): GeoConicProjection {
  return geoConicEqualArea()
    .rotate(PROJECTION_ROTATE)
    .parallels(PROJECTION_PARALLELS)
    .fitExtent(
      [
        [box.x0 + INSET_PADDING, box.y0 + INSET_PADDING],
        [box.x1 - INSET_PADDING, box.y1 - INSET_PADDING],
      ],
      frameOutline(),
    );
}

/** Points taken along each edge of the main view for its outline in the inset. */
const VIEW_EDGE_STEPS = 8;

/**
 * What the main map shows under `view`, outlined in the inset: its edges, unprojected from the main
 * projection and projected into the inset's. An SVG path ("" if the projections cannot invert).
 */
export function viewOutline(main: GeoProjection, view: View, width: number, height: number, inset: GeoProjection): string {
  const corners: [number, number][] = [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
  ];
  const points: string[] = [];
  for (let c = 0; c < corners.length; c++) {
    const [ax, ay] = corners[c]!;
    const [bx, by] = corners[(c + 1) % corners.length]!;
    for (let s = 0; s < VIEW_EDGE_STEPS; s++) {
      const sx = ax + ((bx - ax) * s) / VIEW_EDGE_STEPS;
      const sy = ay + ((by - ay) * s) / VIEW_EDGE_STEPS;
      const lonLat = main.invert?.([(sx - view.x) / view.k, (sy - view.y) / view.k]);
      const at = lonLat && inset(lonLat);
      if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) return "";
      points.push(`${Math.round(at[0] * 10) / 10},${Math.round(at[1] * 10) / 10}`);
    }
  }
  return `M${points.join("L")}Z`;
}
