import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { focusYearItem } from "../../charts/focusYearItem";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { DataTable } from "../../charts/DataTable";
import { FocusYearControl } from "../../charts/FocusYearControl";
import { toCsv } from "../../charts/csv";
import { ViewActions } from "../../charts/ViewActions";
import { ViewControls } from "../../charts/ViewControls";
import { placesQuery } from "../../data/queries";
import { useSources } from "../../charts/useSources";
import { useEmbedForm } from "../../lib/embedForm";
import { useLocale } from "../../lib/locale";
import { useUrlState } from "../../lib/useUrlState";
import { GROUPS, groupCounts, groupOf, isDimmed, placeCounts, shownGroups, sourceIds, toggleGroup, visiblePlaces } from "./compute";
import { placeById } from "../../data/derive/places";
import { geographyQuery } from "../../data/geography";
import { toGeography } from "./geography";
import type { Choice } from "./choice";
import { MapCanvas, type MapHandle } from "./MapCanvas";
import { MapCompactKey } from "./MapCompactKey";
import { MapInstructions } from "./MapInstructions";
import { MapLegend } from "./MapLegend";
import { PlaceChooser } from "./PlaceChooser";
import { PlaceDetails } from "./PlaceDetails";
import { PlaceList } from "./PlaceList";
import { csvColumns, placeRows, rowKey, tableColumns } from "./placesTable";
import { MAP_URL_KEYS } from "./urlKeys";
import { useToday } from "../../lib/useToday";
import "./map.css";

/** The first year the focus-year picker offers: diplomatic relations, where the dashboard's story starts. */
const FIRST_YEAR = 1992;

/**
 * The map: Kazakhstan, China and the corridor to the Pacific, with every place in data/places.json.
 * The legend filters (`layers`), a place opens its facts (`place`), the focus year (`year`) fades what
 * had not been started yet. The country shapes load on their own: without them the places still show.
 */
export function MapView() {
  const locale = useLocale();
  const { data: file } = useSuspenseQuery(placesQuery(locale.lang));
  const geo = useQuery(geographyQuery());
  const { list: sourceList, name: sourceName } = useSources();
  const { t, tn, fmt } = locale;
  const [state, update] = useUrlState(MAP_URL_KEYS);
  // On a slide-shaped embed: the headline, the map filling the frame with a compact key beside or under it,
  // the details over it, the source line; the focus year and the filters in Options; no list, table or actions.
  const form = useEmbedForm();
  const slide = form?.slide ?? false;
  const described = form?.described;
  /** The legend (also the filter) is folded into Options or left out: a key that only reads stands in for it. */
  const compactKey = slide || (form !== null && form.controls !== "full");
  const svgRef = useRef<SVGSVGElement>(null);
  const keysId = useId();
  const mapRef = useRef<MapHandle>(null);
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  /** A place opened by keyboard: its details take the focus once drawn. */
  const focusDetails = useRef(false);
  /** The place this view last chose itself; any other change of `place` (a link, Back, Forward) zooms to it. */
  const chosen = useRef<string | null | undefined>(undefined);
  const thisYear = new Date(useToday()).getUTCFullYear();
  /** After the reader toggles a layer, the live region says what the map now shows. */
  const [layersTold, setLayersTold] = useState(false);
  /** Places a tap or a cluster could mean, listed where the details go until the reader picks one. */
  const [choice, setChoice] = useState<Choice | null>(null);
  /** The keyboard instructions show once the reader uses the keyboard on the map. */
  const [keysShown, setKeysShown] = useState(false);
  const showKeys = useCallback(() => setKeysShown(true), []);

  const geography = useMemo(() => (geo.data ? toGeography(geo.data) : undefined), [geo.data]);
  const shown = useMemo(() => shownGroups(state.layers), [state.layers]);
  const selected = placeById(file, state.place);
  const selectedId = selected?.id ?? null;
  const visible = useMemo(() => visiblePlaces(file.features, shown, selectedId), [file, shown, selectedId]);
  const counts = useMemo(() => placeCounts(file.features), [file]);
  const perGroup = useMemo(() => groupCounts(file.features), [file]);
  const sources = useMemo(() => sourceIds(file), [file]);
  const rows = useMemo(() => placeRows(file.features), [file]);
  const dimmedCount = visible.filter((f) => isDimmed(f, state.year)).length;

  const select = useCallback(
    (id: string | null, how: "pointer" | "keyboard") => {
      if (id === null && selectedId) mapRef.current?.focusPlace(selectedId);
      chosen.current = id;
      focusDetails.current = id !== null && how === "keyboard";
      setChoice(null);
      update({ place: id });
    },
    [update, selectedId],
  );
  const show = useCallback(
    (id: string) => {
      const f = placeById(file, id);
      if (!f) return;
      const group = groupOf(f);
      chosen.current = id;
      update({ place: id, layers: shown.has(group) ? state.layers : toggleGroup(state.layers, group) });
      mapRef.current?.show(id);
    },
    [file, update, shown, state.layers],
  );
  // A link that names a place opens zoomed to it (a presenter's step, a shared link), and so do Back
  // and Forward; a place chosen on the map or in the list moves the map itself.
  useEffect(() => {
    if (state.place !== null && state.place !== chosen.current) mapRef.current?.zoomTo(state.place);
    chosen.current = state.place;
  }, [state.place]);
  useEffect(() => {
    if (focusDetails.current && detailsHeading.current) {
      focusDetails.current = false;
      detailsHeading.current.focus();
    }
  });

  // The table calls `show` only from its buttons' clicks, never while rendering.
  // eslint-disable-next-line react-hooks/refs
  const columns = useMemo(() => tableColumns(locale, show, sourceName), [locale, show, sourceName]);

  const shownGroupList = GROUPS.filter((g) => shown.has(g) && perGroup[g] > 0);
  const shownLabels = shownGroupList.map((g) => t(`map.group.${g}`));
  const groupsWithPlaces = GROUPS.filter((g) => perGroup[g] > 0).length;
  /** What the controls have set, for the folded controls bar: the kinds of place shown and the focus year. */
  const controlsSummary = [
    shownGroupList.length >= groupsWithPlaces
      ? t("map.controls.allKinds")
      : tn("map.controls.kinds", shownGroupList.length, { total: groupsWithPlaces }),
    focusYearItem(locale, state.year),
  ];
  const summary = t("map.summary", { shown: visible.length, total: file.features.length, groups: fmt.list(shownLabels) });
  const sourceText = t("map.sourceText", { count: sources.length });

  return (
    <div className="map summary">
      <p className="map__headline">
        {t("map.headline", {
          sites: tn("map.count.sites", counts.sites),
          routes: tn("map.count.routes", counts.routes),
          towns: tn("map.count.towns", counts.towns),
        })}
      </p>
      <ViewControls summary={controlsSummary}>
        <FocusYearControl
          year={state.year}
          range={[FIRST_YEAR, thisYear]}
          summary={state.year === null ? null : dimmedCount > 0 ? tn("map.year.dimmed", dimmedCount) : t("map.year.none")}
          onChange={(year) => update({ year })}
        />
        <MapLegend
          counts={perGroup}
          shown={shown}
          year={state.year}
          onChange={(next) => {
            setLayersTold(true);
            setChoice(null);
            // Groups with no place in the data stay on, so a link does not hide places added later.
            const on = GROUPS.filter((g) => perGroup[g] === 0 || next.includes(g));
            update({ layers: on.length === GROUPS.length ? [] : on });
          }}
        />
      </ViewControls>
      <p className="visually-hidden" aria-live="polite">
        {layersTold ? summary : ""}
      </p>
      {geo.isError && (
        <p className="map__geo-error" role="status">
          {t("map.geoError", { reason: geo.error.message })}{" "}
          <button type="button" className="chip" onClick={() => void geo.refetch()}>
            {t("view.error.retry")}
          </button>
        </p>
      )}
      <div className="map__body">
        <div className="map__main">
          <MapCanvas
            features={visible}
            allFeatures={file.features}
            onChoose={setChoice}
            choosing={choice !== null}
            onKeyboardUse={showKeys}
            geography={geography}
            selectedId={selectedId}
            year={state.year}
            large={state.theme === "contrast"}
            onSelect={select}
            svgRef={svgRef}
            ref={mapRef}
            summary={summary}
            describedBy={keysId}
            slide={slide}
          />
          <MapInstructions id={keysId} keyboard={keysShown} slide={slide} />
          {compactKey && <MapCompactKey groups={shownGroupList} year={state.year} />}
        </div>
        {choice ? (
          <div className="map__side">
            <PlaceChooser
              choice={choice}
              onPick={(entry, how) => (entry.kind === "place" ? select(entry.id, how) : mapRef.current?.expand(entry.ids, how))}
              onClose={() => {
                setChoice(null);
                mapRef.current?.focusPlace(choice.returnTo ?? "");
              }}
            />
          </div>
        ) : selected && selected.id !== described ? (
          <div className="map__side">
            <PlaceDetails
              feature={selected}
              year={state.year}
              onClose={() => select(null, "keyboard")}
              headingRef={detailsHeading}
              sourceName={sourceName}
            />
          </div>
        ) : slide ? null : (
          <div className="map__side map__side--list">
            <div className="map__side-inner">
              <p className="map__placeholder">{t("map.details.hint")}</p>
              <PlaceList features={visible} year={state.year} onShow={show} />
            </div>
          </div>
        )}
      </div>
      <p className="source-line map__sources">
        {tn("map.sources", sources.length)} {t("map.credits")}
      </p>
      {!slide && (
        <ViewActions
          viewId="map"
          title={t("view.map.title")}
          csv={() => toCsv(rows, csvColumns(sourceList), t)}
          svgRef={svgRef}
          sourceText={sourceText}
          table={
            <DataTable
              caption={tn("map.table.caption", rows.length)}
              columns={columns}
              rows={rows}
              rowKey={rowKey}
              isCurrent={(f) => f.id === selectedId}
            />
          }
        />
      )}
    </div>
  );
}
