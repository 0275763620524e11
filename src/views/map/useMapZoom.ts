import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { centredView, IDENTITY, type View } from "./view";
import type { ZoomHandle } from "./zoomBehaviour";

/** Zoom factor of one press of + or −, or of a zoom button. */
export const ZOOM_STEP = 1.6;
/** Share of the map's width or height one arrow key pans. */
export const PAN_STEP = 0.12;
/** How long (ms) the "hold Ctrl to zoom" hint stays after a plain wheel over the map. */
const WHEEL_HINT_MS = 1500;

export interface MapZoom {
  view: View;
  /** Loads and attaches the zoom behaviour; called when the reader moves towards the map. */
  prepare: () => void;
  /** Zooms about `point` (screen pixels), by default the centre. */
  zoomBy: (factor: number, point?: [number, number]) => void;
  /** Pans by a share of the map's size: (1, 0) is one step to the east. */
  panBy: (dx: number, dy: number) => void;
  reset: () => void;
  /** Centres the map on a point (drawing coordinates at zoom 1), zooming in to at least `minScale`. */
  centerOn: (x: number, y: number, minScale?: number) => void;
  /** Centres the map on a point (drawing coordinates at zoom 1) at exactly scale k (within the zoom's limits). */
  frame: (x: number, y: number, k: number) => void;
  /** True for a moment after a plain wheel over the map: the view then says how to zoom. */
  wheelHint: boolean;
}

/**
 * Zoom and pan with d3-zoom, loaded on the first pointer, touch or focus on the map (or the first
 * button or key press), so a map that is only looked at never downloads it. Every request made
 * before it has loaded is carried out once it has.
 */
export function useMapZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  layerRef: RefObject<SVGGElement | null>,
  width: number,
  height: number,
  maxScale: number,
  reduceMotion: boolean,
): MapZoom {
  // The view belongs to one size: a new size is a new projection, and the map starts again whole.
  const sizeKey = `${width}x${height}x${maxScale}`;
  const [zoomed, setZoomed] = useState<{ key: string; view: View }>({ key: sizeKey, view: IDENTITY });
  const view = zoomed.key === sizeKey ? zoomed.view : IDENTITY;
  const [wheelHint, setWheelHint] = useState(false);
  const handle = useRef<Promise<ZoomHandle | null> | null>(null);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    return () => {
      const pending = handle.current;
      handle.current = null;
      void pending?.then((h) => h?.detach());
    };
  }, [width, height, maxScale]);
  useEffect(() => () => clearTimeout(hintTimer.current), []);

  const load = useCallback((): Promise<ZoomHandle | null> => {
    if (!handle.current) {
      handle.current = import("./zoomBehaviour").then(({ attachZoom }) => {
        const svg = svgRef.current;
        const layer = layerRef.current;
        if (!svg || !layer || width <= 0) {
          // Not drawn yet (the prerendered map before it is measured): ask again next time.
          handle.current = null;
          return null;
        }
        return attachZoom(svg, layer, {
          width,
          height,
          maxScale,
          onZoom: (next) => setZoomed({ key: sizeKey, view: next }),
          onPlainWheel: () => {
            setWheelHint(true);
            clearTimeout(hintTimer.current);
            hintTimer.current = setTimeout(() => setWheelHint(false), WHEEL_HINT_MS);
          },
        });
      });
    }
    return handle.current;
  }, [svgRef, layerRef, width, height, maxScale, sizeKey]);

  const run = useCallback((apply: (h: ZoomHandle) => void) => void load().then((h) => h && apply(h)), [load]);
  const animate = !reduceMotion;
  const prepare = useCallback(() => void load(), [load]);
  const zoomBy = useCallback((factor: number, point?: [number, number]) => run((h) => h.scaleBy(factor, animate, point)), [run, animate]);
  const panBy = useCallback(
    (dx: number, dy: number) => run((h) => h.translateBy(-dx * PAN_STEP * width, -dy * PAN_STEP * height, animate)),
    [run, animate, width, height],
  );
  const reset = useCallback(() => run((h) => h.transformTo(IDENTITY, animate)), [run, animate]);
  const centerOn = useCallback(
    (x: number, y: number, minScale = 1) =>
      run((h) => h.transformTo(centredView(x, y, Math.min(maxScale, Math.max(h.current().k, minScale)), width, height), animate)),
    [run, animate, width, height, maxScale],
  );

  const frame = useCallback(
    (x: number, y: number, k: number) =>
      run((h) => h.transformTo(centredView(x, y, Math.min(maxScale, Math.max(1, k)), width, height), animate)),
    [run, animate, width, height, maxScale],
  );

  return { view, prepare, zoomBy, panBy, reset, centerOn, frame, wheelHint };
}
