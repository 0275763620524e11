import { useRootScale } from "../../charts/useRootScale";
import { geoPath } from "d3-geo";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from "react";
import { Tooltip } from "../../charts/Tooltip";
import { useElementSize } from "../../charts/useElementSize";
import type { PlaceFeature } from "../../data/schemas/places";
import { useLocale } from "../../lib/locale";
import { useReducedMotion } from "../../lib/useReducedMotion";
import { isDimmed } from "./compute";
import { isFocusCountry, type Geography } from "./geography";
import { placeLabels, type Box } from "./labels";
import {
  buildMarks,
  countryAnchors,
  LABEL_SIZES,
  LABEL_SIZES_LARGE,
  type LabelSizes,
  labelCandidates,
  navigationOrder,
  symbolObstacles,
  type Mark,
} from "./mapLayout";
import { nextPlace } from "./navigation";
import { MapHighlight } from "./MapHighlight";
import { FIXED, PlaceMark } from "./PlaceMark";
import { placeLabel } from "./placeText";
import { placeName } from "../../data/derive/places";
import { PlaceTooltip } from "./PlaceTooltip";
import { fitProjection, mapSize, pixelsPerKm } from "./projection";
import { useMapZoom, ZOOM_STEP } from "./useMapZoom";
import { toScreen } from "./view";
import { ZoomControls } from "./ZoomControls";

/** The deepest zoom: about 3 px per km, where Natural Earth's 1:50m borders are still within a few pixels. */
export const MAX_PX_PER_KM = 3;
/** The zoom factor "Show on map" goes to, so a cluster such as Khorgos comes apart. */
export const SHOW_ZOOM = 6;
/** The zoom a link that names a place opens at: close enough to part a cluster, with the region around it. */
export const LINK_ZOOM = 4;
/** Symbols and labels grow by this on the projector theme and on very wide maps. */
const LARGE_SCALE = 1.35;
/** Maps at least this wide (px) use the large labels, as on a projector. */
const LARGE_WIDTH = 1600;
/** Keep this many px between a focused place and the map's edge, or pan to it. */
const EDGE_MARGIN = 24;
/** The zoom buttons' corner, kept free of labels (px from the top-right). */
const CONTROLS_BOX = { width: 60, height: 150 };

const ZOOM_KEYS: Record<string, number> = { "+": ZOOM_STEP, "=": ZOOM_STEP, "-": 1 / ZOOM_STEP, _: 1 / ZOOM_STEP };
const PAN_KEYS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const PLACE_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]);

/**
 * Something the rest of the view asks of the map: move the keyboard focus to a place ("focus"),
 * bring a place into view, zoomed in, and focus it ("show", from the table), or only zoom to it
 * ("zoom", for a link that names a place: no scrolling, the focus stays where it is). `n` tells
 * requests apart.
 */
export interface MapRequest {
  kind: "focus" | "show" | "zoom";
  id: string;
  n: number;
}

interface Props {
  features: readonly PlaceFeature[];
  geography: Geography | undefined;
  selectedId: string | null;
  year: number | null;
  /** Projector theme: larger symbols and labels. */
  large: boolean;
  onSelect: (id: string | null, how: "pointer" | "keyboard") => void;
  svgRef: RefObject<SVGSVGElement | null>;
  request: MapRequest | null;
  /** The text summary that names the map for assistive technology. */
  summary: string;
  /** Id of the visible keyboard instructions. */
  describedBy: string;
}

/** A place under the pointer or the focus, and where its tooltip goes (px in the map). */
interface Pointed {
  id: string;
  x: number;
  y: number;
}

/** The map: countries, routes and sites in SVG, zoomable, every place focusable and selectable. */
export function MapCanvas({ features, geography, selectedId, year, large, onSelect, svgRef, request, summary, describedBy }: Props) {
  const locale = useLocale();
  const { t, lang } = locale;
  const reduceMotion = useReducedMotion();
  const [sizeRef, { width: containerWidth }] = useElementSize<HTMLDivElement>();
  const layerRef = useRef<SVGGElement>(null);
  const [hovered, setHovered] = useState<Pointed | null>(null);
  const [focused, setFocused] = useState<{ id: string; visible: boolean } | null>(null);

  // On a big screen the page's type grows (base.css); the map's size, symbols and labels grow with it.
  const typeScale = useRootScale();
  const { width, height } = mapSize(containerWidth, typeScale);
  const big = large || width >= LARGE_WIDTH * typeScale;
  const markScale = (big ? LARGE_SCALE : 1) * typeScale;
  const sizes = useMemo(() => scaledSizes(big ? LABEL_SIZES_LARGE : LABEL_SIZES, typeScale), [big, typeScale]);
  const projection = useMemo(() => (width > 0 ? fitProjection(width, height) : null), [width, height]);
  const maxScale = projection ? Math.max(1, MAX_PX_PER_KM / pixelsPerKm(projection)) : 1;
  const zoom = useMapZoom(svgRef, layerRef, width, height, maxScale, reduceMotion);
  const { k } = zoom.view;

  const marks = useMemo(() => (projection ? buildMarks(features, projection) : []), [features, projection]);
  const byId = useMemo(() => new Map(marks.map((m) => [m.id, m])), [marks]);
  const order = useMemo(() => navigationOrder(marks), [marks]);
  const shapes = useMemo(() => {
    if (!projection || !geography) return null;
    const path = geoPath(projection);
    return {
      countries: geography.countries.map((c) => ({ name: c.properties.name, focus: isFocusCountry(c.properties.name), d: path(c) ?? "" })),
      borders: path(geography.borders) ?? "",
      focusBorders: path(geography.focusBorders) ?? "",
    };
  }, [projection, geography]);
  const anchors = useMemo(
    () => (projection && geography ? countryAnchors(geography.countries, projection, lang) : []),
    [projection, geography, lang],
  );
  const nameOf = useCallback((f: PlaceFeature) => placeName(f, lang), [lang]);
  const labels = useMemo(() => {
    if (width <= 0) return [];
    const controls: Box & { id: string } = {
      id: "controls",
      x0: width - CONTROLS_BOX.width * typeScale,
      y0: 0,
      x1: width,
      y1: CONTROLS_BOX.height * typeScale,
    };
    const candidates = labelCandidates(marks, anchors, zoom.view, sizes, nameOf, selectedId, markScale);
    return placeLabels(candidates, [...symbolObstacles(marks, zoom.view, markScale), controls], { width, height });
  }, [marks, anchors, zoom.view, sizes, nameOf, selectedId, width, height, markScale, typeScale]);
  const dimmedIds = useMemo(() => new Set(features.filter((f) => isDimmed(f, year)).map((f) => f.id)), [features, year]);

  const tabbableId =
    (focused && byId.has(focused.id) ? focused.id : null) ?? (selectedId && byId.has(selectedId) ? selectedId : null) ?? order[0]?.id;

  const elementOf = useCallback((id: string) => svgRef.current?.querySelector<SVGGElement>(`[data-place="${id}"]`) ?? null, [svgRef]);
  const screenOf = useCallback((m: Mark) => toScreen(zoom.view, [m.x, m.y]), [zoom.view]);
  const keepInView = useCallback(
    (m: Mark) => {
      const [x, y] = screenOf(m);
      if (x < EDGE_MARGIN || y < EDGE_MARGIN || x > width - EDGE_MARGIN || y > height - EDGE_MARGIN) zoom.centerOn(m.x, m.y);
    },
    [screenOf, width, height, zoom],
  );
  const focusPlace = useCallback((id: string) => elementOf(id)?.focus(), [elementOf]);

  // Requests from outside: focus a place after the details close (it may be gone, if it was shown only
  // because it was selected: the map itself then takes the focus), or show one from the table once it
  // is drawn (its group may just have been switched back on).
  const handled = useRef(0);
  useEffect(() => {
    if (!request || handled.current === request.n) return;
    if (request.kind === "focus") {
      handled.current = request.n;
      (elementOf(request.id) ?? svgRef.current)?.focus();
      return;
    }
    const m = byId.get(request.id);
    if (!m) return;
    handled.current = request.n;
    if (request.kind === "zoom") {
      zoom.centerOn(m.x, m.y, LINK_ZOOM);
      return;
    }
    svgRef.current?.scrollIntoView?.({ block: "nearest", behavior: reduceMotion ? "auto" : "smooth" });
    zoom.centerOn(m.x, m.y, SHOW_ZOOM);
    elementOf(m.id)?.focus({ preventScroll: true });
  }, [request, byId, svgRef, zoom, elementOf, reduceMotion]);

  const placeOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest("[data-place]")?.getAttribute("data-place") ?? null) : null;

  // The keys and buttons zoom about the focused or selected place, else about the centre.
  const zoomAbout = (factor: number, id: string | null) => {
    const m = byId.get(id ?? selectedId ?? "");
    zoom.zoomBy(factor, m ? screenOf(m) : undefined);
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    // Ctrl/⌘ + and − belong to the browser's own zoom.
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const id = placeOf(e.target);
    if (Object.hasOwn(ZOOM_KEYS, e.key)) {
      zoomAbout(ZOOM_KEYS[e.key]!, id);
    } else if (e.key === "0") {
      zoom.reset();
    } else if (e.key === "Escape") {
      if (selectedId) onSelect(null, "keyboard");
      else if (id) svgRef.current?.focus();
      else return;
    } else if (id && (e.key === "Enter" || e.key === " ")) {
      onSelect(id, "keyboard");
    } else if (id && PLACE_KEYS.has(e.key)) {
      const points = order.map((m) => {
        const [x, y] = screenOf(m);
        return { id: m.id, x, y };
      });
      const next = nextPlace(points, id, e.key);
      if (next && next !== id) focusPlace(next);
    } else if (!id && Object.hasOwn(PAN_KEYS, e.key)) {
      const [dx, dy] = PAN_KEYS[e.key]!;
      zoom.panBy(dx, dy);
    } else {
      return;
    }
    e.preventDefault();
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (e.pointerType === "touch") return;
    const id = placeOf(e.target);
    const m = id ? byId.get(id) : undefined;
    if (!m) {
      if (hovered) setHovered(null);
      return;
    }
    if (m.radius > 0) {
      // A site's tooltip sits on its symbol, wherever the zoom moves it: only the id is kept.
      if (hovered?.id !== id) setHovered({ id: m.id, x: Number.NaN, y: Number.NaN });
    } else {
      const box = e.currentTarget.getBoundingClientRect();
      setHovered({ id: m.id, x: e.clientX - box.left, y: e.clientY - box.top });
    }
  };

  const tooltipFor: Pointed | null = (() => {
    const m = (hovered && byId.get(hovered.id)) || (focused?.visible ? byId.get(focused.id) : undefined);
    if (!m) return null;
    // A route's tooltip follows the pointer along it; a site's sits on its symbol.
    if (hovered?.id === m.id && m.radius === 0) return hovered;
    const [x, y] = screenOf(m);
    return { id: m.id, x, y };
  })();
  const tooltipMark = tooltipFor ? byId.get(tooltipFor.id) : undefined;
  const selectedMark = selectedId ? byId.get(selectedId) : undefined;
  const focusedMark = focused?.visible ? byId.get(focused.id) : undefined;

  return (
    <div className="map-canvas" ref={sizeRef}>
      {width > 0 && projection && (
        <div className="map-canvas__frame" style={{ width, height }}>
          <svg
            ref={svgRef}
            className="map-canvas__svg"
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={summary}
            aria-describedby={describedBy}
            tabIndex={0}
            onKeyDown={onKeyDown}
            onClick={(e) => {
              const id = placeOf(e.target);
              if (id) onSelect(id, "pointer");
            }}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setHovered(null)}
            onPointerEnter={zoom.prepare}
            onTouchStart={zoom.prepare}
            onFocus={(e) => {
              zoom.prepare();
              const id = placeOf(e.target);
              if (!id) return;
              const m = byId.get(id);
              if (m) keepInView(m);
              setFocused({ id, visible: matchesFocusVisible(e.target) });
            }}
            onBlur={() => setFocused(null)}
          >
            <rect className="map-canvas__sea" width={width} height={height} />
            <g ref={layerRef}>
              {shapes && (
                <g className="map-countries" aria-hidden="true">
                  {shapes.countries.map((c) => (
                    <path
                      key={c.name}
                      className={c.focus ? "map-country map-country--focus" : "map-country"}
                      data-country={c.name}
                      d={c.d}
                    />
                  ))}
                  <path className="map-borders" d={shapes.borders} vectorEffect={FIXED} />
                  <path className="map-borders map-borders--focus" d={shapes.focusBorders} vectorEffect={FIXED} />
                </g>
              )}
              {selectedMark && <MapHighlight mark={selectedMark} k={k} scale={markScale} kind="selected" />}
              <g className="map-places">
                {marks.map((m) => (
                  <PlaceMark
                    key={m.id}
                    mark={m}
                    k={k}
                    scale={markScale}
                    dimmed={dimmedIds.has(m.id)}
                    selected={m.id === selectedId}
                    tabbable={m.id === tabbableId}
                    label={placeLabel(locale, m.feature, year)}
                  />
                ))}
              </g>
              {focusedMark && <MapHighlight mark={focusedMark} k={k} scale={markScale} kind="focus" />}
            </g>
            <g className="map-labels" aria-hidden="true">
              {labels.map((l) => {
                const country = l.id.startsWith("country:");
                const focusCountry = country && anchors.some((a) => a.focus && `country:${a.name}` === l.id);
                const className = [
                  "map-label",
                  country ? (focusCountry ? "map-label--focus-country" : "map-label--country") : "",
                  !country && dimmedIds.has(l.id) ? "is-dimmed" : "",
                  !country && byId.get(l.id)?.feature.properties.category === "city" ? "map-label--town" : "",
                ]
                  .filter(Boolean)
                  .join(" ");
                return (
                  <text
                    key={l.id}
                    // The halo (a stroke) goes under the letters; an attribute, so exported SVGs keep it.
                    paintOrder="stroke"
                    className={className}
                    x={l.x}
                    y={l.y}
                    dy="0.35em"
                    textAnchor={l.anchor}
                    fontSize={country ? (focusCountry ? sizes.focusCountry : sizes.country) : sizes.place}
                  >
                    {l.text}
                  </text>
                );
              })}
            </g>
          </svg>
          <ZoomControls
            k={k}
            maxScale={maxScale}
            onZoomIn={() => zoomAbout(ZOOM_STEP, null)}
            onZoomOut={() => zoomAbout(1 / ZOOM_STEP, null)}
            onReset={zoom.reset}
          />
          {zoom.wheelHint && (
            <p className="map-canvas__hint" aria-hidden="true">
              {t("map.wheelHint")}
            </p>
          )}
          {tooltipFor && tooltipMark && (
            <Tooltip x={tooltipFor.x} y={tooltipFor.y} bounds={{ width, height }}>
              <PlaceTooltip feature={tooltipMark.feature} year={year} />
            </Tooltip>
          )}
        </div>
      )}
    </div>
  );
}

/** Keyboard focus shows the tooltip; a click's focus does not (the pointer already has it). */
function matchesFocusVisible(target: EventTarget): boolean {
  try {
    return target instanceof Element && target.matches(":focus-visible");
  } catch {
    return true;
  }
}

function scaledSizes(sizes: LabelSizes, k: number): LabelSizes {
  return k === 1 ? sizes : { place: sizes.place * k, focusCountry: sizes.focusCountry * k, country: sizes.country * k };
}
