import { geoPath } from "d3-geo";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type Ref,
  type RefObject,
} from "react";
import { ChartSvg } from "../../charts/ChartSvg";
import { Tooltip } from "../../charts/Tooltip";
import { DEFAULT_SLIDE_BOX, useElementSize } from "../../charts/useElementSize";
import { placeName } from "../../data/derive/places";
import type { PlaceFeature } from "../../data/schemas/places";
import { useLocale } from "../../lib/locale";
import { useReducedMotion } from "../../lib/useReducedMotion";
import type { Choice, ChoiceEntry } from "./choice";
import { separableBy, zoomToPart } from "./clusters";
import { isDimmed, isTown } from "./compute";
import { CORRIDOR, corridorExit } from "./corridor";
import { CorridorArrow } from "./CorridorArrow";
import { fitFrame, isFar, subjectOutline } from "./frame";
import type { Geography } from "./geography";
import { insetBox, insetProjection, viewOutline } from "./inset";
import { clusterCandidates, clusterObstacles, CORRIDOR_LABEL, CORRIDOR_PRIORITY, insetLabels } from "./itemLabels";
import { placeLabels, type Box, type LabelCandidate } from "./labels";
import { atLeast, matchesFocusVisible, scaledSizes, tooltipTarget, type Pointed } from "./mapCanvasHelpers";
import { MapClusters } from "./MapClusters";
import { MapCountries } from "./MapCountries";
import { MapHighlight } from "./MapHighlight";
import { MapInset } from "./MapInset";
import { CLUSTER_PREFIX, itemOrder, itemTargets, mapItems, type ClusterItem, type MapItem } from "./mapItems";
import { mapKeyAction } from "./mapKeys";
import { MapLabels } from "./MapLabels";
import {
  buildMarks,
  countryAnchors,
  DIGITS,
  LABEL_SIZES,
  LABEL_SIZES_LARGE,
  labelCandidates,
  projected,
  type CountryAnchor,
  symbolObstacles,
  type Mark,
} from "./mapLayout";
import { MapPlaces } from "./MapPlaces";
import { MapSpot } from "./MapSpot";
import { nextPlace } from "./navigation";
import { FIXED, LINE_HIT_WIDTH, POINT_HIT_RADIUS } from "./PlaceMark";
import { PlaceTooltip } from "./PlaceTooltip";
import { mapSize, NARROW_BELOW, pixelsPerKm } from "./projection";
import { hitTest } from "./reach";
import { useCoarsePointer } from "./useCoarsePointer";
import { useMapIntents, type Located } from "./useMapIntents";
import { useMapZoom, ZOOM_STEP } from "./useMapZoom";
import { toScreen } from "./view";
import { ZoomControls } from "./ZoomControls";
import { CONTROL_SIZE, controlsBox, controlsPlacement } from "./zoomControlsBox";

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
/** Half the smallest target (WCAG 2.5.8: 24 × 24 px): a cluster's radius, and half the separation of targets under a finger. */
const TARGET_RADIUS = 12;
/** Drawn targets reach this far (px) beyond 24 px, so they stay 24 px across where the map is drawn a little smaller than its box. */
const TARGET_SLACK = 2;
/** How far (px) from a fingertip a target still counts when none lies under it. */
const TOUCH_REACH = 22;
/** The corridor's label moves off the arrow in steps of this many font sizes, up to CORRIDOR_REACH steps. */
const CORRIDOR_NUDGE = 1.1;
const CORRIDOR_REACH = 5;
/** Radius (px) of the ring around the spot a list to choose from is about. */
const SPOT_RADIUS = 20;
/** Some slack when comparing zoom factors, which d3 computes in floating point. */
const EPSILON = 1e-3;

/**
 * What the rest of the view may ask of the map, through its ref: move the keyboard focus to a place
 * (after its details close), bring a place into view, zoomed in, and focus it (from the table), only
 * zoom to it (a link, Back and Forward: no scrolling, the focus stays where it is), or open the places
 * of a cluster picked from a list. A request for a place not drawn yet (its layer is being switched on,
 * the map is still measuring) waits until it is.
 */
export interface MapHandle {
  focusPlace: (id: string) => void;
  show: (id: string) => void;
  zoomTo: (id: string) => void;
  expand: (ids: readonly string[], how: "pointer" | "keyboard") => void;
}

interface Props {
  /** The places drawn (the legend's groups shown). */
  features: readonly PlaceFeature[];
  /** Every place in the file: the default view is framed on them, whatever the filters. */
  allFeatures: readonly PlaceFeature[];
  geography: Geography | undefined;
  selectedId: string | null;
  year: number | null;
  /** Projector theme: larger symbols and labels. */
  large: boolean;
  onSelect: (id: string | null, how: "pointer" | "keyboard") => void;
  /** Several places could be meant: the view lists them to choose from (null: nothing to choose). */
  onChoose: (choice: Choice | null) => void;
  /** The view is showing such a list: the spot it is about stays ringed on the map. */
  choosing: boolean;
  /** The reader has used the keyboard on the map: the view shows the keys. */
  onKeyboardUse: () => void;
  svgRef: RefObject<SVGSVGElement | null>;
  ref?: Ref<MapHandle>;
  /** The text summary that names the map for assistive technology. */
  summary: string;
  /** Id of the keyboard instructions. */
  describedBy: string;
  /** On a slide: the map fits the height its container is given as well as the width, and no label is under 12 px. */
  slide?: boolean;
}

/**
 * The map: countries, routes and sites in SVG, framed on Kazakhstan and Xinjiang, with Lianyungang in an
 * inset; zoomable; every place focusable and selectable, alone or through the cluster it is drawn in.
 */
export function MapCanvas({
  features,
  allFeatures,
  geography,
  selectedId,
  year,
  large,
  onSelect,
  onChoose,
  choosing,
  onKeyboardUse,
  svgRef,
  ref,
  summary,
  describedBy,
  slide = false,
}: Props) {
  const locale = useLocale();
  const { t, tn, fmt, lang } = locale;
  const reduceMotion = useReducedMotion();
  const coarse = useCoarsePointer();
  const [sizeRef, { width: boxWidth, height: boxHeight, typeScale, measured }, kept] = useElementSize<HTMLDivElement>();
  // On a slide, before it is measured, the map is drawn at the default slide box and fills the frame (as drawBox
  // has it, written out: a call here would keep the React Compiler from this component's memoization).
  const slideFill = slide && !measured;
  const containerWidth = slideFill ? DEFAULT_SLIDE_BOX.width : boxWidth;
  const containerHeight = slideFill ? DEFAULT_SLIDE_BOX.height : boxHeight;
  const layerRef = useRef<SVGGElement>(null);
  const [hovered, setHovered] = useState<Pointed | null>(null);
  const [focused, setFocused] = useState<{ id: string; visible: boolean } | null>(null);
  /** The kind of pointer that pressed last: a finger's tap reaches further than a mouse's click. */
  const pointerType = useRef("mouse");
  /** The spot a list to choose from is about: drawing coordinates at zoom 1, or fixed in the inset. */
  const [spot, setSpot] = useState<{ x: number; y: number; inset: boolean } | null>(null);
  /** After a cluster opened from the keyboard: the place whose item takes the focus once the zoom lands. */
  const pendingFocus = useRef<{ id: string; k: number } | null>(null);

  // On a big screen or a projector the page's type grows; the map's size, symbols and labels grow with it.
  // On a slide the frame leaves the map a height of its own: the map waits for it, then fits it.
  const { width, height } = mapSize(containerWidth, typeScale, slide ? containerHeight : undefined);
  const big = large || width >= LARGE_WIDTH * typeScale;
  const markScale = (big ? LARGE_SCALE : 1) * typeScale;
  const sizes = useMemo(() => {
    const scaled = scaledSizes(big ? LABEL_SIZES_LARGE : LABEL_SIZES, typeScale);
    return slide ? atLeast(scaled, MIN_SLIDE_LABEL_PX) : scaled;
  }, [big, typeScale, slide]);
  const outline = useMemo(() => subjectOutline(allFeatures), [allFeatures]);
  const projection = useMemo(() => (width > 0 && height > 0 ? fitFrame(width, height, outline) : null), [width, height, outline]);
  const maxScale = projection ? Math.max(1, MAX_PX_PER_KM / pixelsPerKm(projection)) : 1;
  const zoom = useMapZoom(svgRef, layerRef, width, height, maxScale, reduceMotion);
  const { view } = zoom;
  const { k } = view;

  // Places far beyond the subject (Lianyungang) are drawn in the inset; it grows while one of them is selected.
  const [main, far] = useMemo(() => [features.filter((f) => !isFar(f)), features.filter(isFar)], [features]);
  const farSelected = selectedId !== null && far.some((f) => f.id === selectedId);
  const inset = useMemo(() => {
    if (width <= 0 || height <= 0) return null;
    const box = insetBox(width, height, typeScale, farSelected);
    return { box, projection: insetProjection(box) };
  }, [width, height, typeScale, farSelected]);
  const marks = useMemo(() => (projection ? buildMarks(main, projection) : []), [main, projection]);
  const insetMarks = useMemo(() => (inset ? buildMarks(far, inset.projection) : []), [far, inset]);
  const byId = useMemo(() => new Map([...marks, ...insetMarks].map((m) => [m.id, m])), [marks, insetMarks]);
  const insetIds = useMemo(() => new Set(insetMarks.map((m) => m.id)), [insetMarks]);

  // On a touch screen or a narrow page, marks closer than a target's size merge into clusters. A slide is a
  // picture shown with its key: there only a finger needs them.
  const clusterRadius = TARGET_RADIUS * markScale;
  const separation = coarse || (width < NARROW_BELOW && !slide) ? 2 * clusterRadius : 0;
  const items = useMemo(
    () => mapItems(marks, insetMarks, view, { separation, selectedId }),
    [marks, insetMarks, view, separation, selectedId],
  );
  const order = useMemo(() => itemOrder(items), [items]);
  const itemById = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  /** The item each place is drawn as: itself, or the cluster that holds it. */
  const itemOfPlace = useMemo(() => {
    const map = new Map<string, MapItem>();
    for (const item of items) for (const id of item.kind === "cluster" ? item.ids : [item.id]) map.set(id, item);
    return map;
  }, [items]);
  const { mainClusters, insetClusters, clustered } = useMemo(() => {
    const clusters = items.filter((i): i is ClusterItem => i.kind === "cluster");
    return {
      mainClusters: clusters.filter((c) => !c.inset),
      insetClusters: clusters.filter((c) => c.inset),
      clustered: new Set(clusters.flatMap((c) => c.ids)),
    };
  }, [items]);
  // Points inside a cluster are not drawn; routes are (the cluster is their target); a short route alone gets a disc.
  // Memoized, so a hover re-renders neither layer of places.
  const drawnMain = useMemo(() => marks.filter((m) => m.radius === 0 || !clustered.has(m.id)), [marks, clustered]);
  const drawnInset = useMemo(() => insetMarks.filter((m) => m.radius === 0 || !clustered.has(m.id)), [insetMarks, clustered]);
  const shortIds = useMemo(() => new Set(items.filter((i) => i.kind === "place" && i.short).map((i) => i.id)), [items]);

  const frame = useMemo(() => (width > 0 && height > 0 ? { x0: 0, y0: 0, x1: width, y1: height } : null), [width, height]);
  // The countries' label anchors, for placing the labels: found by the first layer to place them (MapLabels), in its
  // own render, rather than in the map's.
  const anchors = useMemo(() => {
    let found: CountryAnchor[] | null = null;
    return () => (found ??= projection && geography ? countryAnchors(geography.countries, projection, lang) : []);
  }, [projection, geography, lang]);
  const nameOf = placeName;
  const nameOfId = useCallback(
    (id: string) => {
      const f = byId.get(id)?.feature;
      return f ? placeName(f) : id;
    },
    [byId],
  );

  // The corridor to the Pacific: drawn from Khorgos; where it leaves the map, an arrow and where it goes.
  const corridor = useMemo(() => {
    if (!projection || !inset) return null;
    const line = { type: "LineString" as const, coordinates: CORRIDOR.map((p) => [...p]) };
    return {
      main: geoPath(projection).digits(DIGITS)(line) ?? "",
      inset: geoPath(inset.projection).digits(DIGITS)(line) ?? "",
      points: CORRIDOR.map((p) => projected(projection, [...p])),
    };
  }, [projection, inset]);
  const destination = useMemo(() => {
    const farPlaces = allFeatures.filter(isFar);
    const town = farPlaces.find(isTown) ?? farPlaces[0];
    return town ? placeName(town) : null;
  }, [allFeatures]);
  const exit = useMemo(
    () =>
      corridor && inset
        ? corridorExit(
            corridor.points.map((p) => toScreen(view, p)),
            { x0: 0, y0: 0, x1: width, y1: height },
            [inset.box],
          )
        : null,
    [corridor, inset, view, width, height],
  );

  const placement = controlsPlacement(width, slide);
  const controls = useMemo<Box & { id: string }>(
    () => ({ id: "controls", ...controlsBox(width, height, placement, (coarse ? CONTROL_SIZE.coarse : CONTROL_SIZE.fine) * typeScale) }),
    [width, height, placement, coarse, typeScale],
  );
  // The labels are placed by the layer that draws them, in a render of its own (MapLabels).
  const placeMain = useCallback(() => {
    if (width <= 0 || !inset) return [];
    const singles = marks.filter((m) => !clustered.has(m.id));
    const candidates: LabelCandidate[] = [
      ...labelCandidates(singles, anchors(), view, sizes, nameOf, selectedId, markScale),
      ...clusterCandidates(mainClusters, nameOfId, sizes, clusterRadius),
    ];
    if (exit && destination)
      candidates.push({
        id: CORRIDOR_LABEL,
        text: t("map.corridor.to", { place: destination }),
        x: exit.x,
        y: exit.y,
        priority: CORRIDOR_PRIORITY,
        fontSize: sizes.place,
        radius: 0,
        // Centred near the arrow, moved inwards and up or down until it finds room (the map's edge, the buttons).
        sides: ["center"],
        offset: sizes.place * CORRIDOR_NUDGE,
        reach: CORRIDOR_REACH,
      });
    const obstacles = [
      ...symbolObstacles(singles, view, markScale),
      ...clusterObstacles(mainClusters, clusterRadius),
      controls,
      { id: "inset", ...inset.box },
    ];
    return placeLabels(candidates, obstacles, { width, height });
    // mainClusters and clustered follow `items`, which is in the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    marks,
    items,
    anchors,
    view,
    sizes,
    nameOf,
    nameOfId,
    selectedId,
    width,
    height,
    markScale,
    clusterRadius,
    controls,
    inset,
    exit,
    destination,
    t,
  ]);
  const placeInset = useCallback(
    () =>
      inset
        ? insetLabels(
            items.filter((i) => i.inset),
            inset.box,
            { nameOf: nameOfId, sizes, markScale, clusterRadius, selectedId },
          )
        : [],
    [items, inset, nameOfId, sizes, markScale, clusterRadius, selectedId],
  );
  const viewPath = useMemo(
    () => (projection && inset ? viewOutline(projection, view, width, height, inset.projection) : ""),
    [projection, inset, view, width, height],
  );
  const dimmedIds = useMemo(() => new Set(features.filter((f) => isDimmed(f, year)).map((f) => f.id)), [features, year]);

  const selectedItem = selectedId ? itemOfPlace.get(selectedId) : undefined;
  const tabbableId = (focused && itemById.has(focused.id) ? focused.id : null) ?? selectedItem?.id ?? order[0]?.id;

  const screenOf = useCallback(
    (m: Mark) => (insetIds.has(m.id) ? ([m.x, m.y] as [number, number]) : toScreen(view, [m.x, m.y])),
    [insetIds, view],
  );
  const elementOf = useCallback(
    (id: string) => {
      const item = itemOfPlace.get(id) ?? itemById.get(id);
      if (!item) return null;
      const selector = item.kind === "cluster" ? `[data-cluster="${item.leader}"]` : `[data-place="${item.id}"]`;
      return svgRef.current?.querySelector<SVGGElement>(selector) ?? null;
    },
    [itemOfPlace, itemById, svgRef],
  );
  const keepInView = useCallback(
    (item: MapItem) => {
      if (item.inset) return;
      const { x, y } = item;
      if (x < EDGE_MARGIN || y < EDGE_MARGIN || x > width - EDGE_MARGIN || y > height - EDGE_MARGIN)
        zoom.centerOn((x - view.x) / view.k, (y - view.y) / view.k);
    },
    [width, height, zoom, view],
  );
  const locate = useCallback(
    (id: string): Located | undefined => {
      const m = byId.get(id);
      return m && { id, x: m.x, y: m.y, inset: insetIds.has(id) };
    },
    [byId, insetIds],
  );

  const clusterLabel = useCallback(
    (c: { town: string | null; leader: string; ids: readonly string[] }) =>
      c.town
        ? tn("map.cluster.area", c.ids.length, { name: nameOfId(c.town) })
        : tn("map.cluster.around", c.ids.length, { name: nameOfId(c.leader) }),
    [tn, nameOfId],
  );
  const entryOf = useCallback(
    (id: string): ChoiceEntry | null => {
      const item = itemById.get(id);
      if (item?.kind === "cluster") return { kind: "cluster", id, label: clusterLabel(item), ids: item.ids };
      const m = byId.get(id);
      return m ? { kind: "place", id, feature: m.feature } : null;
    },
    [itemById, byId, clusterLabel],
  );

  // Opens a cluster's places: zooms in to part them, or (at one spot, or in the inset) lists them to choose from.
  const letGoRef = useRef<() => void>(() => {});
  const expand = useCallback(
    (ids: readonly string[], how: "pointer" | "keyboard", returnTo: string | null = null) => {
      const members = ids.map((id) => byId.get(id)).filter((m): m is Mark => m !== undefined);
      if (members.length === 0) return;
      if (members.length === 1) {
        onChoose(null);
        onSelect(members[0]!.id, how);
        return;
      }
      const points = members.map((m) => ({ id: m.id, x: m.x, y: m.y }));
      const canZoom =
        !members.some((m) => insetIds.has(m.id)) &&
        k < maxScale - EPSILON &&
        separableBy(points, separation > 0 ? separation : 2 * clusterRadius, maxScale);
      if (canZoom) {
        const target = zoomToPart(points, { width, height, from: k, step: ZOOM_STEP, maxScale });
        letGoRef.current();
        onChoose(null);
        if (how === "keyboard") pendingFocus.current = { id: members[0]!.id, k: target.k };
        zoom.frame(target.x, target.y, target.k);
        return;
      }
      const leader = itemOfPlace.get(members[0]!.id);
      const town = leader?.kind === "cluster" ? leader.town : null;
      setSpot({ x: members[0]!.x, y: members[0]!.y, inset: insetIds.has(members[0]!.id) });
      onChoose({
        title: clusterLabel({ town, leader: members[0]!.id, ids }),
        entries: members.map((m) => ({ kind: "place", id: m.id, feature: m.feature })),
        returnTo,
        keyboard: how === "keyboard",
      });
    },
    [byId, insetIds, k, maxScale, separation, clusterRadius, width, height, zoom, onChoose, onSelect, itemOfPlace, clusterLabel],
  );

  const { letGo } = useMapIntents({ ref, locate, expand, svgRef, zoom, elementOf, reduceMotion, sizeKey: `${width}x${height}` });
  useEffect(() => {
    letGoRef.current = letGo;
  });

  // A cluster opened from the keyboard: once the zoom lands, the focus goes to what its first place is drawn as.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || Math.abs(k - pending.k) > EPSILON) return;
    pendingFocus.current = null;
    elementOf(pending.id)?.focus();
  }, [k, items, elementOf]);

  const activate = (id: string, how: "pointer" | "keyboard") => {
    const item = itemById.get(id);
    if (item?.kind === "cluster") expand(item.ids, how, item.id);
    else {
      onChoose(null);
      onSelect(id, how);
    }
  };

  const itemOf = (target: EventTarget | null): string | null => {
    if (!(target instanceof Element)) return null;
    const el = target.closest("[data-place], [data-cluster]");
    if (!el) return null;
    const place = el.getAttribute("data-place");
    return place ?? `${CLUSTER_PREFIX}${el.getAttribute("data-cluster")}`;
  };

  // The keys and buttons zoom about the focused or selected place, else about the centre of the view.
  const zoomAbout = (factor: number, id: string | null) => {
    letGo();
    const item = (id ? itemById.get(id) : undefined) ?? selectedItem;
    zoom.zoomBy(factor, item && !item.inset ? [item.x, item.y] : undefined);
  };

  const resetView = () => {
    letGo();
    zoom.reset();
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const from = itemOf(e.target);
    const action = mapKeyAction(e.key, { placeId: from, selectedId, modified: e.ctrlKey || e.metaKey || e.altKey });
    if (!action) return;
    e.preventDefault();
    if (action.kind === "zoom") zoomAbout(action.factor, from);
    else if (action.kind === "reset") resetView();
    else if (action.kind === "deselect") onSelect(null, "keyboard");
    else if (action.kind === "focus-map") svgRef.current?.focus();
    else if (action.kind === "select") activate(action.id, "keyboard");
    else if (action.kind === "pan") {
      letGo();
      zoom.panBy(action.dx, action.dy);
    } else {
      const points = order.map((item) => ({ id: item.id, x: item.x, y: item.y }));
      const next = nextPlace(points, action.from, action.key);
      if (next && next !== action.from) svgRef.current?.querySelector<SVGGElement>(selectorOf(itemById.get(next)))?.focus();
    }
  };

  // A click or a tap opens what is under it; where a finger could mean several, the reader chooses.
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const target = itemOf(e.target);
    // A click without a position (a script's, or assistive technology's) means the element it was sent to.
    if (e.detail === 0) {
      if (target) activate(target, "pointer");
      return;
    }
    const box = e.currentTarget.getBoundingClientRect();
    const touch = pointerType.current !== "mouse";
    const targets = itemTargets(items, view, {
      minRadius: (touch ? TARGET_RADIUS : POINT_HIT_RADIUS) * markScale,
      clusterRadius,
      markScale,
    });
    const [px, py] = [e.clientX - box.left, e.clientY - box.top];
    const hit = hitTest([px, py], targets, touch ? TOUCH_REACH : LINE_HIT_WIDTH / 2);
    if (hit.kind === "one") activate(hit.id, "pointer");
    else if (hit.kind === "several") {
      const entries = hit.ids.map(entryOf).filter((entry): entry is ChoiceEntry => entry !== null);
      const inInset = itemById.get(hit.ids[0]!)?.inset ?? false;
      setSpot(inInset ? { x: px, y: py, inset: true } : { x: (px - view.x) / view.k, y: (py - view.y) / view.k, inset: false });
      onChoose({ title: tn("map.chooser.here", entries.length), entries, returnTo: null, keyboard: false });
    } else if (target) activate(target, "pointer");
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (e.pointerType === "touch") return;
    const id = itemOf(e.target);
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

  const onFocus = (e: FocusEvent<SVGSVGElement>) => {
    zoom.prepare();
    const id = itemOf(e.target);
    const item = id ? itemById.get(id) : undefined;
    if (!id || !item) return;
    keepInView(item);
    setFocused({ id, visible: matchesFocusVisible(e.target) });
  };

  const tooltipFor = tooltipTarget(hovered, focused, byId, screenOf);
  const tooltipMark = tooltipFor ? byId.get(tooltipFor.id) : undefined;
  const selectedMark = selectedId ? byId.get(selectedId) : undefined;
  const focusedMark = focused?.visible ? byId.get(focused.id) : undefined;
  const focusedCluster = focused?.visible && itemById.get(focused.id)?.kind === "cluster" ? focused.id : null;
  const passiveIds = clustered;
  const clusterProps = {
    labelOf: clusterLabel,
    radius: clusterRadius,
    fontSize: sizes.place,
    format: fmt.number,
    tabbableId,
    focusedId: focusedCluster,
  };

  return (
    <div
      className={slideFill ? "map-canvas slide-fill" : "map-canvas"}
      ref={sizeRef}
      // The keys are shown to whoever uses them: a key pressed, or the keyboard's focus, anywhere on the map or its buttons.
      onKeyDown={onKeyboardUse}
      onFocus={(e) => {
        if (matchesFocusVisible(e.target)) onKeyboardUse();
      }}
    >
      {width > 0 && projection && inset && (
        // Until measured (the prerendered page) the frame takes, by a container query, the size the measured map
        // will have, so nothing below it moves when the map is drawn again at its width (map.css).
        <div
          className={measured || slideFill ? "map-canvas__frame" : "map-canvas__frame map-canvas__frame--fluid"}
          style={measured ? { width, aspectRatio: `${width} / ${height}` } : undefined}
        >
          <ChartSvg
            ref={svgRef}
            kept={kept}
            className="map-canvas__svg"
            width={width}
            height={height}
            role="group"
            aria-label={summary}
            aria-describedby={describedBy}
            tabIndex={0}
            onKeyDown={onKeyDown}
            onClick={onClick}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setHovered(null)}
            onPointerEnter={zoom.prepare}
            onPointerDown={(e) => {
              pointerType.current = e.pointerType || "mouse";
              letGo();
            }}
            onWheel={(e) => {
              if (e.ctrlKey || e.metaKey) letGo();
            }}
            onTouchStart={() => {
              pointerType.current = "touch";
              letGo();
              zoom.prepare();
            }}
            onFocus={onFocus}
            onBlur={() => setFocused(null)}
          >
            <rect className="map-canvas__sea" width={width} height={height} />
            <g ref={layerRef}>
              {geography && frame && <MapCountries projection={projection} geography={geography} clip={frame} />}
              {corridor && <path className="map-corridor" d={corridor.main} vectorEffect={FIXED} aria-hidden="true" />}
              {selectedMark && !insetIds.has(selectedMark.id) && (
                <MapHighlight mark={selectedMark} k={k} scale={markScale} kind="selected" />
              )}
              <MapPlaces
                marks={drawnMain}
                k={k}
                markScale={markScale}
                dimmedIds={dimmedIds}
                selectedId={selectedId}
                tabbableId={tabbableId}
                year={year}
                passiveIds={passiveIds}
                shortIds={shortIds}
                hitDisc={TARGET_RADIUS * markScale + TARGET_SLACK}
              />
              {focusedMark && !insetIds.has(focusedMark.id) && <MapHighlight mark={focusedMark} k={k} scale={markScale} kind="focus" />}
            </g>
            <MapClusters clusters={mainClusters} {...clusterProps} />
            {choosing && spot && !spot.inset && <MapSpot at={toScreen(view, [spot.x, spot.y])} radius={SPOT_RADIUS * markScale} />}
            {exit && <CorridorArrow exit={exit} />}
            <MapLabels place={placeMain} byId={byId} dimmedIds={dimmedIds} sizes={sizes} />
            <MapInset
              box={inset.box}
              projection={inset.projection}
              geography={geography}
              viewPath={viewPath}
              corridorPath={corridor?.inset ?? ""}
              label={t("map.inset.label", { place: destination ?? "" })}
            >
              {selectedMark && insetIds.has(selectedMark.id) && (
                <MapHighlight mark={selectedMark} k={1} scale={markScale} kind="selected" />
              )}
              <MapPlaces
                marks={drawnInset}
                k={1}
                markScale={markScale}
                dimmedIds={dimmedIds}
                selectedId={selectedId}
                tabbableId={tabbableId}
                year={year}
              />
              <MapClusters clusters={insetClusters} {...clusterProps} />
              {choosing && spot?.inset && <MapSpot at={[spot.x, spot.y]} radius={SPOT_RADIUS * markScale} />}
              {focusedMark && insetIds.has(focusedMark.id) && <MapHighlight mark={focusedMark} k={1} scale={markScale} kind="focus" />}
              <MapLabels place={placeInset} byId={byId} dimmedIds={dimmedIds} sizes={sizes} />
            </MapInset>
          </ChartSvg>
          <ZoomControls
            placement={placement}
            fluid={!measured}
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

/** The selector of an item's element: a place's, or a cluster's (by its leader). */
function selectorOf(item: MapItem | undefined): string {
  if (!item) return "[data-none]";
  return item.kind === "cluster" ? `[data-cluster="${item.leader}"]` : `[data-place="${item.id}"]`;
}
