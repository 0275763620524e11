import { select } from "d3-selection";
import "d3-transition";
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import type { View } from "./view";

// Loaded on the reader's first move towards the map (see useMapZoom): d3-zoom and what it brings
// (selection, transition, interpolation, colour) are a third of the map's code, and a map that is only
// looked at never needs them.

/** Duration (ms) of button and keyboard zooms; none under reduced motion. */
const ZOOM_DURATION = 250;

export interface ZoomOptions {
  width: number;
  height: number;
  maxScale: number;
  onZoom: (view: View) => void;
  /** A plain wheel over the map (no Ctrl or ⌘): the page scrolls, and the view may say how to zoom. */
  onPlainWheel: () => void;
}

export interface ZoomHandle {
  /** Zooms by `factor` about `point` (screen pixels), by default the map's centre. */
  scaleBy: (factor: number, animate: boolean, point?: [number, number]) => void;
  /** Pans by (dx, dy) screen pixels. */
  translateBy: (dx: number, dy: number, animate: boolean) => void;
  transformTo: (view: View, animate: boolean) => void;
  current: () => View;
  detach: () => void;
}

/**
 * Attaches d3-zoom to the map's SVG; it moves `layer`, the one `<g>` d3 owns (React never sets its
 * transform). Cooperative gestures, so the page still scrolls over the map: the wheel zooms with Ctrl
 * or ⌘ held (a trackpad pinch sends that too), and a touch needs two fingers until the map is zoomed in.
 */
export function attachZoom(svg: SVGSVGElement, layer: SVGGElement, options: ZoomOptions): ZoomHandle {
  const { width, height, maxScale, onZoom, onPlainWheel } = options;
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = d3Zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, maxScale])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    .filter((event: Event) => {
      if (event.type === "wheel") {
        const wheel = event as WheelEvent;
        if (wheel.ctrlKey || wheel.metaKey) return true;
        onPlainWheel();
        return false;
      }
      if (event.type === "touchstart") return (event as TouchEvent).touches.length > 1 || current().k > 1;
      // A drag needs the window the press happened in (d3 listens there for the move and the release);
      // a synthetic press without one (a script's click) is only a click.
      const mouse = event as MouseEvent;
      return !mouse.ctrlKey && !mouse.button && mouse.view != null;
    })
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k, x, y } = event.transform;
      layer.setAttribute("transform", event.transform.toString());
      onZoom({ k, x, y });
    });
  const selection = select(svg);
  selection.call(behaviour);
  const target = (animate: boolean) => (animate ? selection.transition().duration(ZOOM_DURATION) : selection);
  function current(): View {
    const t = (svg as SVGSVGElement & { __zoom?: View }).__zoom;
    return t ? { k: t.k, x: t.x, y: t.y } : { k: 1, x: 0, y: 0 };
  }
  return {
    scaleBy: (factor, animate, point) => behaviour.scaleBy(target(animate) as never, factor, point),
    translateBy: (dx, dy, animate) => {
      const { k } = current();
      behaviour.translateBy(target(animate) as never, dx / k, dy / k);
    },
    transformTo: (view, animate) => behaviour.transform(target(animate) as never, zoomIdentity.translate(view.x, view.y).scale(view.k)),
    current,
    detach: () => {
      selection.interrupt();
      selection.on(".zoom", null);
      layer.removeAttribute("transform");
    },
  };
}
