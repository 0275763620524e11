import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import { DataTable } from "../../charts/DataTable";
import { toCsv } from "../../charts/csv";
import { ViewActions } from "../../charts/ViewActions";
import { placesQuery, sourcesQuery } from "../../data/queries";
import { useLocale } from "../../lib/locale";
import { useUrlState } from "../../lib/useUrlState";
import { GROUPS, groupCounts, groupOf, isDimmed, placeCounts, shownGroups, sourceIds, toggleGroup, visiblePlaces } from "./compute";
import { placeById } from "../../data/derive/places";
import { geographyQuery } from "../../data/geography";
import { toGeography } from "./geography";
import { MapCanvas, type MapRequest } from "./MapCanvas";
import { MapLegend } from "./MapLegend";
import { PlaceDetails } from "./PlaceDetails";
import { PlaceList } from "./PlaceList";
import { csvColumns, placeRows, rowKey, tableColumns } from "./placesTable";
import "./map.css";

/**
 * The map: Kazakhstan, China and the corridor to the Pacific, with every place in data/places.json.
 * The legend filters (`layers`), a place opens its facts (`place`), the focus year (`year`) fades what
 * had not been started yet. The country shapes load on their own: without them the places still show.
 */
export function MapView() {
  const { data: file } = useSuspenseQuery(placesQuery());
  const geo = useQuery(geographyQuery());
  const { data: sourcesFile } = useQuery(sourcesQuery());
  const locale = useLocale();
  const { t, tn, fmt } = locale;
  const [state, update] = useUrlState();
  const svgRef = useRef<SVGSVGElement>(null);
  const keysId = useId();
  const [focusRequest, setFocusRequest] = useState(0);
  // A link that names a place opens zoomed to it (a presenter's step, a shared link).
  const [request, setRequest] = useState<MapRequest | null>(() => (state.place ? { kind: "zoom", id: state.place, n: 1 } : null));

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
      if (id === null && selectedId) setRequest((r) => ({ kind: "focus", id: selectedId, n: (r?.n ?? 0) + 1 }));
      update({ place: id });
      if (id !== null && how === "keyboard") setFocusRequest((n) => n + 1);
    },
    [update, selectedId],
  );
  const show = useCallback(
    (id: string) => {
      const f = placeById(file, id);
      if (!f) return;
      const group = groupOf(f);
      update({ place: id, layers: shown.has(group) ? state.layers : toggleGroup(state.layers, group) });
      setRequest((r) => ({ kind: "show", id, n: (r?.n ?? 0) + 1 }));
    },
    [file, update, shown, state.layers],
  );
  const sourceName = useMemo(() => {
    const publishers = new Map((sourcesFile?.sources ?? []).map((s) => [s.id, s.publisher]));
    return (id: string) => publishers.get(id) ?? id;
  }, [sourcesFile]);
  const columns = useMemo(() => tableColumns(locale, show, sourceName), [locale, show, sourceName]);

  const shownLabels = GROUPS.filter((g) => shown.has(g) && perGroup[g] > 0).map((g) => t(`map.group.${g}`));
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
      {state.year !== null && (
        <p className="map__year">
          <span>
            {dimmedCount > 0 ? tn("map.year.dimmed", dimmedCount, { year: state.year }) : t("map.year.none", { year: state.year })}
          </span>{" "}
          <button type="button" className="chip" onClick={() => update({ year: null })}>
            {t("map.year.clear")}
          </button>
        </p>
      )}
      <MapLegend
        counts={perGroup}
        shown={shown}
        year={state.year}
        onToggle={(g) => update({ layers: toggleGroup(state.layers, g) })}
        onShowAll={() => update({ layers: [] })}
      />
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
            geography={geography}
            selectedId={selectedId}
            year={state.year}
            large={state.theme === "contrast"}
            onSelect={select}
            svgRef={svgRef}
            request={request}
            summary={summary}
            describedBy={keysId}
          />
          <p id={keysId} className="map__keys">
            {t("map.keys")}
          </p>
        </div>
        {selected ? (
          <div className="map__side">
            <PlaceDetails
              feature={selected}
              year={state.year}
              onClose={() => select(null, "keyboard")}
              focusRequest={focusRequest}
              sourceName={sourceName}
            />
          </div>
        ) : (
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
      <ViewActions
        viewId="map"
        title={t("view.map.title")}
        csv={() => toCsv(rows, csvColumns(sourcesFile?.sources ?? []))}
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
    </div>
  );
}
