import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref, type RefObject } from "react";
import type { MapHandle } from "./MapCanvas";
import type { Mark } from "./mapLayout";
import type { useMapZoom } from "./useMapZoom";

type Intent = { kind: "focus" | "show" | "zoom"; id: string };

/** The zoom factor "Show on map" goes to, so a cluster such as Khorgos comes apart. */
const SHOW_ZOOM = 6;
/** The zoom a link that names a place opens at: close enough to part a cluster, with the region around it. */
const LINK_ZOOM = 4;

interface Input {
  ref: Ref<MapHandle> | undefined;
  byId: ReadonlyMap<string, Mark>;
  svgRef: RefObject<SVGSVGElement | null>;
  zoom: ReturnType<typeof useMapZoom>;
  elementOf: (id: string) => SVGGElement | null;
  reduceMotion: boolean;
  /** On a slide, a link's zoom is kept while the frame settles. */
  slide: boolean;
  /** The map's drawn size, "<width>x<height>". */
  sizeKey: string;
}

/**
 * What others ask of the map (MapHandle: focus a place, show it, zoom to it), carried out once the place
 * is drawn. Returns `letGo`, for when the reader moves the map themselves.
 */
export function useMapIntents({ ref, byId, svgRef, zoom, elementOf, reduceMotion, slide, sizeKey }: Input) {
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
    }),
    [ask],
  );
  // A new size starts the map whole. On a slide the size settles after the page runs (the frame is measured,
  // the form changes, then the type): the place a link zoomed to is zoomed to again, until the reader moves the map.
  const linked = useRef<{ id: string; size: string } | null>(null);
  const letGo = () => {
    linked.current = null;
  };
  useEffect(() => {
    if (!pending.current && slide && linked.current && linked.current.size !== sizeKey) {
      pending.current = { kind: "zoom", id: linked.current.id };
    }
    const intent = pending.current;
    if (!intent) return;
    if (intent.kind === "focus") {
      pending.current = null;
      (elementOf(intent.id) ?? svgRef.current)?.focus();
      return;
    }
    const m = byId.get(intent.id);
    if (!m) return;
    pending.current = null;
    if (intent.kind === "zoom") {
      linked.current = { id: m.id, size: sizeKey };
      zoom.centerOn(m.x, m.y, LINK_ZOOM);
      return;
    }
    linked.current = null;
    svgRef.current?.scrollIntoView?.({ block: "nearest", behavior: reduceMotion ? "auto" : "smooth" });
    zoom.centerOn(m.x, m.y, SHOW_ZOOM);
    elementOf(m.id)?.focus({ preventScroll: true });
  }, [asked, byId, svgRef, zoom, elementOf, reduceMotion, slide, sizeKey]);

  return { letGo };
}
