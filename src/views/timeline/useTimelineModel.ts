import { useMemo } from "react";
import type { LevelId, TimelineFile } from "../../data/schemas/timeline";
import type { Locale } from "../../lib/locale";
import { positionOf, yearOf } from "../../lib/partialDate";
import { findEvent, ladder, levelName } from "../../data/derive/timeline";
import { activeCategories, categoryCounts, eras, eventSpan, rungs, timeDomain, visibleEvents } from "./compute";
import type { LadderInput } from "./horizontalLayout";
import type { TimelineUrlState } from "./urlKeys";

/** At or below this container width the timeline runs top to bottom. */
export const VERTICAL_MAX_WIDTH = 600;
/** A zoomed period shows a little of its neighbours, so its first and last rungs are not on the edge. */
const ERA_PADDING = 0.04;

export type Period = "all" | LevelId;

interface Input {
  file: TimelineFile;
  state: TimelineUrlState;
  /** The stage's width, 0 until measured. */
  width: number;
  locale: Pick<Locale, "t" | "lang" | "fmt">;
  today: number;
  /** The event last moved to by keyboard, which keeps the Tab stop when nothing is selected. */
  focusId: string | null;
  /** A slide-shaped embed: a slide is wide, so the chart always, whatever its width or the URL's layout. */
  slide?: boolean;
}

/**
 * Everything the timeline draws, derived from the file and the URL and memoized on them: the ladder,
 * the events shown (filter, selection), the eras and the period zoomed into, the chart's inputs, and
 * the one event reachable by Tab (the selection, else the event last moved to, else the focus year's
 * first, else the first).
 */
export function useTimelineModel({ file, state, width, locale, today, focusId, slide = false }: Input) {
  const { t, fmt } = locale;
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
  const period: Period = (state.era as LevelId | null) ?? "all";
  const era = period === "all" ? undefined : eraList.find((e) => e.id === period);
  const shownDomain = useMemo((): [number, number] => {
    if (!era) return domain;
    const pad = (era.to - era.from) * ERA_PADDING;
    return [Math.max(domain[0], era.from - pad), Math.min(domain[1], era.to + pad)];
  }, [era, domain]);

  const vertical = !slide && width > 0 && width <= VERTICAL_MAX_WIDTH;
  const asList = !slide && (vertical || state.layout === "list");
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
        name: levelName(level),
        dateLabel: fmt.date(level.date, level.precision),
        compactName: t("timeline.summaryStep", { name: levelName(level), date: yearOf(level.date) }),
      })),
    [ladderRungs, t, fmt],
  );

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

  return {
    levels,
    levelOfEvent,
    shown,
    selected,
    visible,
    order,
    counts,
    span,
    eraList,
    period,
    era,
    shownDomain,
    vertical,
    asList,
    secondary,
    chartEvents,
    ladderInputs,
    inFocusYear,
    tabStopId,
  };
}

export type TimelineModel = ReturnType<typeof useTimelineModel>;
