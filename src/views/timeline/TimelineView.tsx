import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { DataTable } from "../../charts/DataTable";
import { SourceLine } from "../../charts/SourceLine";
import { toCsv } from "../../charts/csv";
import { useElementSize } from "../../charts/useElementSize";
import { ViewActions } from "../../charts/ViewActions";
import { sourcesQuery, timelineQuery } from "../../data/queries";
import type { EventCategory, LevelId } from "../../data/schemas/timeline";
import { useLocale } from "../../lib/locale";
import { positionOf, yearOf } from "../../lib/partialDate";
import { uniqueIds as uniqueSources } from "../../lib/uniqueIds";
import { useUrlState } from "../../lib/useUrlState";
import type { UrlState } from "../../lib/urlState";
import { CategoryFilter } from "./CategoryFilter";
import { activeCategories, categoriesParam, categoryCounts, eraAt, eras, eventSpan, rungs, timeDomain, visibleEvents } from "./compute";
import { findEvent, ladder, levelName } from "../../data/derive/timeline";
import { EventCard } from "./EventCard";
import { eventDateText } from "../../data/derive/timeline";
import type { LadderInput } from "./horizontalLayout";
import { eventForKey } from "./navigation";
import { OptionGroup } from "./OptionGroup";
import { csvColumns, rowKey, tableColumns } from "./timelineTable";
import { TimelineChart } from "./TimelineChart";
import { TimelineList } from "./TimelineList";
import { useFontMetrics } from "./useFontMetrics";
import "./timeline.css";

/** At or below this container width the timeline runs top to bottom. */
export const VERTICAL_MAX_WIDTH = 600;
/** A zoomed period shows a little of its neighbours, so its first and last rungs are not on the edge. */
const ERA_PADDING = 0.04;

type Mode = "chart" | "list";
type Period = "all" | LevelId;

/** The partnership ladder over time, with the other dated events as filterable markers. */
export function TimelineView() {
  const { data: file } = useSuspenseQuery(timelineQuery());
  // Source names enrich the card and the table, but the timeline does not wait for them.
  const { data: sourcesFile } = useQuery(sourcesQuery());
  const locale = useLocale();
  const { t, tn, fmt, lang } = locale;
  const [state, update] = useUrlState();
  const [sizeRef, { width }] = useElementSize<HTMLDivElement>();
  const stageRef = useRef<HTMLDivElement | null>(null);
  const setStage = useCallback(
    (node: HTMLDivElement | null) => {
      stageRef.current = node;
      return sizeRef(node);
    },
    [sizeRef],
  );
  const font = useFontMetrics(stageRef, width);
  const svgRef = useRef<SVGSVGElement>(null);
  const instructionsId = useId();
  const cardId = useId();
  const [today] = useState(() => Date.now());
  // The zoomed era and chart-or-list live in the URL, so a shared link or a presenter's step keeps them.
  const mode: Mode = state.layout;
  const period: Period = (state.era as LevelId | null) ?? "all";
  const setMode = (next: Mode) => update({ layout: next });
  const setPeriod = (next: Period) => update({ era: next === "all" ? null : next });
  /** The event last moved to, which keeps the Tab stop when nothing is selected. */
  const [focusId, setFocusId] = useState<string | null>(null);
  /** The event whose marker or row should take focus after the next render (keyboard moves). */
  const pendingFocus = useRef<string | null>(null);

  const levels = useMemo(() => ladder(file), [file]);
  const ladderRungs = useMemo(() => rungs(file), [file]);
  const levelOfEvent = useMemo(() => new Map(ladderRungs.flatMap(({ level, event }) => (event ? [[event.id, level]] : []))), [ladderRungs]);
  const shown = useMemo(() => activeCategories(state.cats), [state.cats]);
  const selected = useMemo(() => findEvent(file.events, state.event), [file, state.event]);
  const visible = useMemo(() => visibleEvents(file.events, shown, selected?.id ?? null), [file, shown, selected]);
  const order = useMemo(() => visible.map((e) => e.id), [visible]);
  const counts = useMemo(() => categoryCounts(file.events), [file]);
  const span = eventSpan(file);
  const domain = useMemo(() => timeDomain(file, today), [file, today]);
  const eraList = useMemo(() => eras(levels, domain), [levels, domain]);
  const era = period === "all" ? undefined : eraList.find((e) => e.id === period);
  const shownDomain = useMemo((): [number, number] => {
    if (!era) return domain;
    const pad = (era.to - era.from) * ERA_PADDING;
    return [Math.max(domain[0], era.from - pad), Math.min(domain[1], era.to + pad)];
  }, [era, domain]);

  const vertical = width > 0 && width <= VERTICAL_MAX_WIDTH;
  const asList = vertical || mode === "list";
  const secondary = useMemo(() => visible.filter((e) => !e.level), [visible]);
  const chartEvents = useMemo(
    () =>
      secondary.filter((e) => {
        const at = positionOf(e.date, e.precision);
        return at >= shownDomain[0] && at <= shownDomain[1];
      }),
    [secondary, shownDomain],
  );
  const ladderInputs: LadderInput[] = useMemo(
    () =>
      ladderRungs.map(({ level, event }) => ({
        id: level.id,
        eventId: event?.id ?? null,
        time: positionOf(level.date, level.precision),
        name: levelName(level, lang),
        dateLabel: fmt.date(level.date, level.precision),
      })),
    [ladderRungs, lang, fmt],
  );

  // The Tab stop: the selection, else the event last moved to, else the focus year's first, else the first.
  const reachable = useMemo(() => {
    if (asList) return order;
    const inChart = new Set(chartEvents.map((e) => e.id));
    for (const step of ladderInputs)
      if (step.eventId && step.time >= shownDomain[0] && step.time <= shownDomain[1]) inChart.add(step.eventId);
    return order.filter((id) => inChart.has(id));
  }, [asList, order, chartEvents, ladderInputs, shownDomain]);
  const inFocusYear = visible.filter((e) => state.year !== null && yearOf(e.date) === state.year);
  const tabStopId =
    [selected?.id, focusId, inFocusYear[0]?.id].find((id): id is string => id !== undefined && id !== null && reachable.includes(id)) ??
    reachable[0] ??
    null;

  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    stageRef.current?.querySelector<HTMLElement | SVGElement>(`[data-event-id="${id}"]`)?.focus();
  });

  // A link that names an event (?event=…) and no focus year gets the event's year, as a click would,
  // so the other views follow it too. Only when the view opens: clearing the year later stays cleared.
  const linkChecked = useRef(false);
  useEffect(() => {
    if (linkChecked.current) return;
    linkChecked.current = true;
    if (selected && state.year === null) update({ year: yearOf(selected.date) });
  }, [selected, state.year, update]);

  const select = (id: string, moveFocus: boolean) => {
    const event = findEvent(file.events, id);
    if (!event) return;
    update({ event: id, year: yearOf(event.date) });
    setFocusId(id);
    // Stepping past the zoomed period follows the reader into the next one.
    const at = positionOf(event.date, event.precision);
    if (era && (at < shownDomain[0] || at > shownDomain[1])) setPeriod(eraAt(eraList, at)?.id ?? "all");
    if (moveFocus) pendingFocus.current = id;
  };
  const close = (moveFocus: boolean) => {
    if (!selected) return;
    update({ event: null });
    setFocusId(selected.id);
    if (moveFocus) pendingFocus.current = selected.id;
  };
  const activate = (id: string) => (id === selected?.id ? close(false) : select(id, false));

  const onStageKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as Element;
    if (target.closest("input, textarea, select")) return;
    if (e.key === "Escape") {
      if (!selected) return;
      e.preventDefault();
      e.stopPropagation();
      close(true);
      return;
    }
    const onEvent = target.closest("[data-event-id]")?.getAttribute("data-event-id") ?? null;
    // In the card only ← and → move; ↑, ↓, Home and End keep their usual meaning there.
    if (!onEvent && !["ArrowLeft", "ArrowRight"].includes(e.key)) return;
    const next = eventForKey(order, onEvent ?? selected?.id ?? tabStopId, e.key, asList ? "vertical" : "horizontal");
    if (next === undefined) return;
    // Handled here, so the page (or a presentation around the view) does not also act on the key.
    e.preventDefault();
    e.stopPropagation();
    select(next, true);
  };

  const setShown = (next: EventCategory[]) => {
    const patch: Partial<UrlState> = { cats: categoriesParam(next) };
    if (selected && !selected.level && !next.includes(selected.category)) patch.event = null;
    update(patch);
  };

  const describe = useCallback(
    (id: string) => {
      const event = findEvent(file.events, id);
      if (!event) return id;
      const date = eventDateText(lang, fmt, event);
      const level = levelOfEvent.get(id);
      return level
        ? t("timeline.stepLabel", { date, name: levelName(level, lang), rank: level.rank, count: levels.length })
        : t("timeline.markerLabel", { date, title: event.title, category: t(`timeline.category.${event.category}`) });
    },
    [file, lang, fmt, t, levelOfEvent, levels.length],
  );
  const tooltip = useCallback(
    (id: string) => {
      const event = findEvent(file.events, id);
      return event
        ? { date: `${eventDateText(lang, fmt, event)} · ${t(`timeline.category.${event.category}`)}`, title: event.title }
        : null;
    },
    [file, lang, fmt, t],
  );

  const first = levels[0];
  const last = levels[levels.length - 1];
  const otherCount = file.events.filter((e) => !e.level).length;
  const levelYears = first && last ? yearOf(last.date) - yearOf(first.date) : 0;
  const summary = t("timeline.summary", {
    from: span?.from ?? "",
    to: span?.to ?? "",
    steps: fmt.list(levels.map((l) => t("timeline.summaryStep", { name: levelName(l, lang), date: fmt.date(l.date, l.precision) }))),
    shown: secondary.length,
    total: otherCount,
  });
  const sourceName = useCallback((id: string) => sourcesFile?.sources.find((s) => s.id === id)?.publisher ?? id, [sourcesFile]);
  const ladderSources = uniqueSources(...levels.map((l) => l.sources));
  const columns = useMemo(() => tableColumns(locale, (e) => levelOfEvent.get(e.id), sourceName), [locale, levelOfEvent, sourceName]);

  const position = selected ? order.indexOf(selected.id) + 1 : 0;
  const card = selected && (
    <EventCard
      id={cardId}
      event={selected}
      level={levelOfEvent.get(selected.id) ?? null}
      levelCount={levels.length}
      position={position}
      total={order.length}
      sources={sourcesFile?.sources}
      onPrevious={() => {
        const id = order[position - 2];
        if (id) select(id, false);
      }}
      onNext={() => {
        const id = order[position];
        if (id) select(id, false);
      }}
      onClose={() => close(true)}
    />
  );

  const periodOptions = [
    { value: "all" as Period, label: t("timeline.period.all") },
    ...eraList.map((e, i) => {
      const range =
        i === eraList.length - 1 && e.to >= today ? t("timeline.period.today", { from: e.fromYear }) : `${e.fromYear}–${e.toYear}`;
      const level = levels.find((l) => l.id === e.id);
      return {
        value: e.id as Period,
        label: range,
        ariaLabel: t("timeline.period.name", { range, level: level ? levelName(level, lang) : e.id }),
      };
    }),
  ];

  return (
    <div className="timeline summary">
      {first && last && (
        <p className="timeline__headline">
          {levels.length > 1
            ? t("timeline.headline", {
                first: levelName(first, lang),
                firstYear: yearOf(first.date),
                last: levelName(last, lang),
                lastYear: yearOf(last.date),
              })
            : `${levelName(first, lang)} (${yearOf(first.date)})`}
        </p>
      )}
      {span && (
        <p className="summary__note timeline__note">
          {tn("timeline.events", otherCount, {
            levels: tn("timeline.levelCount", levels.length, { years: levelYears }),
            from: span.from,
            to: span.to,
          })}
        </p>
      )}

      <div className="timeline__controls">
        <CategoryFilter shown={shown} counts={counts} onChange={setShown} />
        {width > 0 && !vertical && (
          <div className="timeline__view-controls">
            {mode === "chart" && eraList.length > 1 && (
              <OptionGroup<Period>
                label={t("timeline.period.label")}
                options={periodOptions}
                value={era ? period : "all"}
                onChange={setPeriod}
              />
            )}
            <OptionGroup<Mode>
              label={t("timeline.mode.label")}
              value={mode}
              onChange={setMode}
              options={[
                { value: "chart", label: t("timeline.mode.chart") },
                { value: "list", label: t("timeline.mode.list") },
              ]}
            />
          </div>
        )}
      </div>

      {state.year !== null && span && state.year >= span.from && state.year <= span.to && (
        <p className="timeline__focus">
          <span>{tn("timeline.focus", inFocusYear.length, { year: state.year })}</span>{" "}
          <button type="button" className="timeline-button timeline-button--quiet" onClick={() => update({ year: null })}>
            {t("timeline.focus.clear")}
          </button>
        </p>
      )}

      <div className={`timeline__stage${asList ? " is-list" : ""}`} ref={setStage} onKeyDown={onStageKeyDown}>
        {width > 0 && span && asList && (
          <TimelineList
            events={visible}
            levels={levels}
            fromYear={span.from}
            toYear={span.to}
            selectedId={selected?.id ?? null}
            tabStopId={tabStopId}
            focusYear={state.year}
            cardId={cardId}
            card={card}
            summary={summary}
            instructionsId={instructionsId}
            onActivate={activate}
          />
        )}
        {width > 0 && !asList && (
          <>
            <TimelineChart
              width={width}
              fontSize={font.size}
              fontFamily={font.family}
              domain={shownDomain}
              today={today}
              levels={ladderInputs}
              events={chartEvents}
              selectedId={selected?.id ?? null}
              tabStopId={tabStopId}
              focusYear={state.year}
              cardId={cardId}
              describe={describe}
              tooltip={tooltip}
              todayLabel={t("timeline.today")}
              summary={summary}
              instructionsId={instructionsId}
              onActivate={activate}
              svgRef={svgRef}
            />
            {card}
          </>
        )}
        <p id={instructionsId} className="visually-hidden">
          {t("timeline.instructions")}
        </p>
      </div>

      <SourceLine ids={ladderSources} />
      <ViewActions
        viewId="timeline"
        title={t("view.timeline.title")}
        svgRef={asList ? undefined : svgRef}
        sourceText={ladderSources.map(sourceName).join("; ")}
        csv={() => toCsv(file.events, csvColumns)}
        table={
          <DataTable
            caption={t("timeline.table.caption")}
            columns={columns}
            rows={file.events}
            rowKey={rowKey}
            isCurrent={(e) => e.id === selected?.id}
          />
        }
      />
    </div>
  );
}
