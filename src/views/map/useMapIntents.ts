import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref, type RefObject } from "react";
import type { MapHandle } from "./MapCanvas";
import type { useMapZoom } from "./useMapZoom";

/** Where a drawn place is: drawing coordinates at zoom 1, or fixed in the inset. */
export interface Located {
  id: string;
  x: number;
  y: number;
  inset: boolean;
}

type Intent = { kind: "focus" | "show" | "zoom"; id: string };

/** The zoom factor "Show on map" goes to, so a cluster such as Khorgos comes apart. */
const SHOW_ZOOM = 6;
/** The zoom a link that names a place opens at: close enough to part a cluster, with the region around it. */
const LINK_ZOOM = 4;

interface Input {
  ref: Ref<MapHandle> | undefined;
  /** The place with this id, if it is drawn. */
  locate: (id: string) => Located | undefined;
  /** Opens a cluster's places from a list the view shows (it zooms in, or asks which). */
  expand: (ids: readonly string[], how: "pointer" | "keyboard") => void;
  svgRef: RefObject<SVGSVGElement | null>;
  zoom: ReturnType<typeof useMapZoom>;
  elementOf: (id: string) => SVGGElement | null;
  reduceMotion: boolean;
  /** The map's drawn size, "<width>x<height>". */
  sizeKey: string;
}

/**
 * What others ask of the map (MapHandle: focus a place, show it, zoom to it), carried out once the place
 * is drawn. Returns `letGo`, for when the reader moves the map themselves.
 */
export function useMapIntents({ ref, locate, expand, svgRef, zoom, elementOf, reduceMotion, sizeKey }: Input) {
  // Requests from outside (see MapHandle) are carried out after the next render, when the place they
  // name is drawn: a focus after the details close (the place may be gone, if it was shown only because
  // it was selected: the map itself then takes the focus), a place shown from the table once its layer
  // is back on, a zoom once the map has its size.
  const pending = useRef<Intent | null>(null);
  const [asked, setAsked] = useState<Intent | null>(null);
  const ask = useCallback((intent: Intent) => {
    pending.current = intent;
    setAsked(intent);
  }, []);
  useImperativeHandle(
    ref,
    () => ({
      focusPlace: (id) => ask({ kind: "focus", id }),
      show: (id) => ask({ kind: "show", id }),
      zoomTo: (id) => ask({ kind: "zoom", id }),
      expand,
    }),
    [ask, expand],
  );
  // A new size starts the map whole. The size settles after the page runs (a prerendered map is drawn at a default
  // size, then at its measured one; on a slide the form changes, then the type): the place a link zoomed to is
  // zoomed to again, until the reader moves the map.
  const linked = useRef<{ id: string; size: string } | null>(null);
  const letGo = () => {
    linked.current = null;
  };
  useEffect(() => {
    if (!pending.current && linked.current && linked.current.size !== sizeKey) {
      pending.current = { kind: "zoom", id: linked.current.id };
    }
    const intent = pending.current;
    if (!intent) return;
    if (intent.kind === "focus") {
      pending.current = null;
      (elementOf(intent.id) ?? svgRef.current)?.focus();
      return;
    }
    const m = locate(intent.id);
    if (!m) return;
    pending.current = null;
    // A place in the inset is always in view there: the main map goes back to its frame, which the inset outlines.
    const frame = (minScale: number) => (m.inset ? zoom.reset() : zoom.centerOn(m.x, m.y, minScale));
    if (intent.kind === "zoom") {
      linked.current = { id: m.id, size: sizeKey };
      frame(LINK_ZOOM);
      return;
    }
    linked.current = null;
    svgRef.current?.scrollIntoView?.({ block: "nearest", behavior: reduceMotion ? "auto" : "smooth" });
    frame(SHOW_ZOOM);
    elementOf(m.id)?.focus({ preventScroll: true });
  }, [asked, locate, svgRef, zoom, elementOf, reduceMotion, sizeKey]);

  return { letGo };
}
