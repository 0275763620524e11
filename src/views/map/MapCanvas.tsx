import { ChartSvg } from "../../charts/ChartSvg";
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type Ref, type RefObject } from "react";
import { Tooltip } from "../../charts/Tooltip";
import { useElementSize } from "../../charts/useElementSize";
import { useMapIntents } from "./useMapIntents";
import type { PlaceFeature } from "../../data/schemas/places";
import { useLocale } from "../../lib/locale";
import { useReducedMotion } from "../../lib/useReducedMotion";
import { isDimmed } from "./compute";
import type { Geography } from "./geography";
import { placeLabels, type Box } from "./labels";
import {
  buildMarks,
  countryAnchors,
  LABEL_SIZES,
  LABEL_SIZES_LARGE,
  labelCandidates,
  navigationOrder,
  symbolObstacles,
  type Mark,
} from "./mapLayout";
import { mapKeyAction } from "./mapKeys";
import { nextPlace } from "./navigation";
import { MapHighlight } from "./MapHighlight";
import { MapCountries } from "./MapCountries";
import { MapLabels } from "./MapLabels";
import { MapPlaces } from "./MapPlaces";
import { placeName } from "../../data/derive/places";
import { PlaceTooltip } from "./PlaceTooltip";
import { fitProjection, mapSize, pixelsPerKm } from "./projection";
import { useMapZoom, ZOOM_STEP } from "./useMapZoom";
import { toScreen } from "./view";
import { atLeast, matchesFocusVisible, scaledSizes, tooltipTarget, type Pointed } from "./mapCanvasHelpers";
import { useCountryShapes } from "./useCountryShapes";
import { ZoomControls } from "./ZoomControls";

/** The deepest zoom: about 3 px per km, where Natural Earth's 1:50m borders are still within a few pixels. */
export const MAX_PX_PER_KM = 3;
/** Symbols and labels grow by this on the projector theme and on very wide maps. */
const LARGE_SCALE = 1.35;
/** Maps at least this wide (px) use the large labels, as on a projector. */
const LARGE_WIDTH = 1600;
/** Keep this many px between a focused place and the map's edge, or pan to it. */
const EDGE_MARGIN = 24;
/** On a slide, read from across a room, no label is smaller than this (px). */
const MIN_SLIDE_LABEL_PX = 12;
/** The zoom buttons' corner, kept free of labels (px from the top-right). */
const CONTROLS_BOX = { width: 60, height: 150 };

/**
 * What the rest of the view may ask of the map, through its ref: move the keyboard focus to a place
 * (after its details close), bring a place into view, zoomed in, and focus it (from the table), or only
 * zoom to it (a link, Back and Forward: no scrolling, the focus stays where it is). A request for a
 * place not drawn yet (its layer is being switched on, the map is still measuring) waits until it is.
 */
export interface MapHandle {
  focusPlace: (id: string) => void;
  show: (id: string) => void;
  zoomTo: (id: string) => void;
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
  ref?: Ref<MapHandle>;
  /** The text summary that names the map for assistive technology. */
  summary: string;
  /** Id of the visible keyboard instructions. */
  describedBy: string;
  /** On a slide: the map fits the height its container is given as well as the width, and no label is under 12 px. */
  slide?: boolean;
}

/** The map: countries, routes and sites in SVG, zoomable, every place focusable and selectable. */
export function MapCanvas({
  features,
  geography,
  selectedId,
  year,
  large,
  onSelect,
  svgRef,
  ref,
  summary,
  describedBy,
  slide = false,
}: Props) {
  const locale = useLocale();
  const { t, lang } = locale;
  const reduceMotion = useReducedMotion();
  const [sizeRef, { width: containerWidth, height: containerHeight, typeScale }] = useElementSize<HTMLDivElement>();
  const layerRef = useRef<SVGGElement>(null);
  const [hovered, setHovered] = useState<Pointed | null>(null);
  const [focused, setFocused] = useState<{ id: string; visible: boolean } | null>(null);

  // On a big screen or a projector the page's type grows; the map's size, symbols and labels grow with it.
  // On a slide the frame leaves the map a height of its own: the map waits for it, then fits it.
  const { width, height } = mapSize(containerWidth, typeScale, slide ? containerHeight : undefined);
  const big = large || width >= LARGE_WIDTH * typeScale;
  const markScale = (big ? LARGE_SCALE : 1) * typeScale;
  const sizes = useMemo(() => {
    const scaled = scaledSizes(big ? LABEL_SIZES_LARGE : LABEL_SIZES, typeScale);
    return slide ? atLeast(scaled, MIN_SLIDE_LABEL_PX) : scaled;
  }, [big, typeScale, slide]);
  const projection = useMemo(() => (width > 0 && height > 0 ? fitProjection(width, height) : null), [width, height]);
  const maxScale = projection ? Math.max(1, MAX_PX_PER_KM / pixelsPerKm(projection)) : 1;
  const zoom = useMapZoom(svgRef, layerRef, width, height, maxScale, reduceMotion);
  const { k } = zoom.view;

  const marks = useMemo(() => (projection ? buildMarks(features, projection) : []), [features, projection]);
  const byId = useMemo(() => new Map(marks.map((m) => [m.id, m])), [marks]);
  const order = useMemo(() => navigationOrder(marks), [marks]);
  const shapes = useCountryShapes(projection, geography);
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

  const { letGo } = useMapIntents({ ref, byId, svgRef, zoom, elementOf, reduceMotion, slide, sizeKey: `${width}x${height}` });

  const placeOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest("[data-place]")?.getAttribute("data-place") ?? null) : null;

  // The keys and buttons zoom about the focused or selected place, else about the centre.
  const zoomAbout = (factor: number, id: string | null) => {
    letGo();
    const m = byId.get(id ?? selectedId ?? "");
    zoom.zoomBy(factor, m ? screenOf(m) : undefined);
  };

  const resetView = () => {
    letGo();
    zoom.reset();
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const action = mapKeyAction(e.key, { placeId: placeOf(e.target), selectedId, modified: e.ctrlKey || e.metaKey || e.altKey });
    if (!action) return;
    e.preventDefault();
    if (action.kind === "zoom") zoomAbout(action.factor, placeOf(e.target));
    else if (action.kind === "reset") resetView();
    else if (action.kind === "deselect") onSelect(null, "keyboard");
    else if (action.kind === "focus-map") svgRef.current?.focus();
    else if (action.kind === "select") onSelect(action.id, "keyboard");
    else if (action.kind === "pan") {
      letGo();
      zoom.panBy(action.dx, action.dy);
    } else {
      const points = order.map((m) => {
        const [x, y] = screenOf(m);
        return { id: m.id, x, y };
      });
      const next = nextPlace(points, action.from, action.key);
      if (next && next !== action.from) focusPlace(next);
    }
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

  const tooltipFor = tooltipTarget(hovered, focused, byId, screenOf);
  const tooltipMark = tooltipFor ? byId.get(tooltipFor.id) : undefined;
  const selectedMark = selectedId ? byId.get(selectedId) : undefined;
  const focusedMark = focused?.visible ? byId.get(focused.id) : undefined;

  return (
    <div className="map-canvas" ref={sizeRef}>
      {width > 0 && projection && (
        <div className="map-canvas__frame" style={{ width, height }}>
          <ChartSvg
            ref={svgRef}
            className="map-canvas__svg"
            width={width}
            height={height}
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
            onPointerDown={letGo}
            onWheel={(e) => {
              if (e.ctrlKey || e.metaKey) letGo();
            }}
            onTouchStart={() => {
              letGo();
              zoom.prepare();
            }}
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
              {shapes && <MapCountries shapes={shapes} />}
              {selectedMark && <MapHighlight mark={selectedMark} k={k} scale={markScale} kind="selected" />}
              <MapPlaces
                marks={marks}
                k={k}
                markScale={markScale}
                dimmedIds={dimmedIds}
                selectedId={selectedId}
                tabbableId={tabbableId}
                year={year}
              />
              {focusedMark && <MapHighlight mark={focusedMark} k={k} scale={markScale} kind="focus" />}
            </g>
            <MapLabels labels={labels} anchors={anchors} byId={byId} dimmedIds={dimmedIds} sizes={sizes} />
          </ChartSvg>
          <ZoomControls
            k={k}
            maxScale={maxScale}
            onZoomIn={() => zoomAbout(ZOOM_STEP, null)}
            onZoomOut={() => zoomAbout(1 / ZOOM_STEP, null)}
            onReset={resetView}
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
