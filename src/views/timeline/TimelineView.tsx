import { useSuspenseQuery } from "@tanstack/react-query";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import { ChartKeys } from "../../charts/ChartKeys";
import { DataTable } from "../../charts/DataTable";
import { FocusYearControl } from "../../charts/FocusYearControl";
import { SourceLine } from "../../charts/SourceLine";
import { toCsv } from "../../charts/csv";
import { DEFAULT_SLIDE_BOX, useElementSize } from "../../charts/useElementSize";
import { useSources } from "../../charts/useSources";
import { ViewActions } from "../../charts/ViewActions";
import { ViewControls } from "../../charts/ViewControls";
import { timelineQuery } from "../../data/queries";
import type { EventCategory } from "../../data/schemas/timeline";
import { useEmbedForm } from "../../lib/embedForm";
import { useLocale } from "../../lib/locale";
import { positionOf, yearOf } from "../../lib/partialDate";
import { uniqueIds as uniqueSources } from "../../lib/uniqueIds";
import { useUrlState } from "../../lib/useUrlState";
import { CATEGORIES, categoriesParam } from "./compute";
import { findEvent, levelName } from "../../data/derive/timeline";
import { EventCard } from "./EventCard";
import { csvColumns, rowKey, tableColumns } from "./timelineTable";
import { TimelineChart } from "./TimelineChart";
import { TimelineControls } from "./TimelineControls";
import { TimelineList } from "./TimelineList";
import { TIMELINE_URL_KEYS, type TimelineUrlState } from "./urlKeys";
import { controlsSummary, describeEvent, periodOptions, timelineSummary, tooltipText } from "./timelineText";
import { useEventSelection } from "./useEventSelection";
import { useTimelineModel, type Period } from "./useTimelineModel";
import { useToday } from "../../lib/useToday";
import "./timeline.css";

export { VERTICAL_MAX_WIDTH } from "./useTimelineModel";

/** The partnership ladder over time, with the other dated events as filterable markers. */
export function TimelineView() {
  const locale = useLocale();
  const { data: file } = useSuspenseQuery(timelineQuery(locale.lang));
  // Source names enrich the card and the table, but the timeline does not wait for them.
  const { list: sourceList, name: sourceName } = useSources();
  const { t, tn, fmt } = locale;
  const [state, update] = useUrlState(TIMELINE_URL_KEYS);
  const [sizeRef, { width, height: stageHeight, fontSize, fontFamily, measured }] = useElementSize<HTMLDivElement>();
  // On a slide-shaped embed: the headline, the chart fitting the height left, a short source line; the rest in Options.
  const form = useEmbedForm();
  const slide = form?.slide ?? false;
  const stageRef = useRef<HTMLDivElement | null>(null);
  const setStage = useCallback(
    (node: HTMLDivElement | null) => {
      stageRef.current = node;
      return sizeRef(node);
    },
    [sizeRef],
  );
  const svgRef = useRef<SVGSVGElement>(null);
  const instructionsId = useId();
  const cardId = useId();
  const today = useToday();
  /** The event last moved to, which keeps the Tab stop when nothing is selected. */
  const [focusId, setFocusId] = useState<string | null>(null);
  // A slide's chart before it is measured (the prerendered page) is drawn at the default slide box and fills the stage.
  const slideFill = slide && !measured;
  const drawWidth = slideFill ? DEFAULT_SLIDE_BOX.width : width;
  const fitHeight = slideFill ? DEFAULT_SLIDE_BOX.height : stageHeight;
  const model = useTimelineModel({ file, state, width: drawWidth, locale, today, focusId, slide });
  const { levels, levelOfEvent, shown, selected, visible, order, counts, span, eraList, period, era } = model;
  const { shownDomain, vertical, asList, secondary, chartEvents, ladderInputs, inFocusYear, tabStopId } = model;
  // The zoomed era and chart-or-list live in the URL, so a shared link or a presenter's step keeps them.
  const setPeriod = (next: Period) => update({ era: next === "all" ? null : next });
  const { select, close, activate, onStageKeyDown } = useEventSelection({
    events: file.events,
    model,
    update,
    setPeriod,
    setFocusId,
    stageRef,
  });

  const setShown = (next: EventCategory[]) => {
    const all = CATEGORIES.filter((c) => counts[c] > 0);
    const patch: Partial<TimelineUrlState> = { cats: all.every((c) => next.includes(c)) ? [] : categoriesParam(next) };
    if (selected && !selected.level && !next.includes(selected.category)) patch.event = null;
    update(patch);
  };

  const describe = useCallback(
    (id: string) => {
      const event = findEvent(file.events, id);
      return event ? describeEvent(locale, event, levelOfEvent.get(id), levels.length) : id;
    },
    [file, locale, levelOfEvent, levels.length],
  );
  const tooltip = useCallback(
    (id: string) => {
      const event = findEvent(file.events, id);
      return event ? tooltipText(locale, event) : null;
    },
    [file, locale],
  );

  const first = levels[0];
  const last = levels[levels.length - 1];
  const otherCount = file.events.filter((e) => !e.level).length;
  const levelYears = first && last ? yearOf(last.date) - yearOf(first.date) : 0;
  const summary = timelineSummary(locale, span, levels, secondary.length, otherCount);
  const ladderSources = uniqueSources(...levels.map((l) => l.sources));
  const columns = useMemo(() => tableColumns(locale, (e) => levelOfEvent.get(e.id), sourceName), [locale, levelOfEvent, sourceName]);

  const present = CATEGORIES.filter((c) => counts[c] > 0);
  const kindsShown = { shown: present.filter((c) => shown.includes(c)).length, total: present.length };

  const position = selected ? order.indexOf(selected.id) + 1 : 0;
  // On a slide the card opens over the chart, on the side away from the selected event, so the chart keeps its height.
  const selectedAt = selected ? positionOf(selected.date, selected.precision) : null;
  const cardSide = selectedAt !== null && selectedAt > (shownDomain[0] + shownDomain[1]) / 2 ? "start" : "end";
  const card = selected && selected.id !== form?.described && (
    <EventCard
      id={cardId}
      event={selected}
      level={levelOfEvent.get(selected.id) ?? null}
      levelCount={levels.length}
      position={position}
      total={order.length}
      sources={sourceList}
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

  const bothForms = !measured && !slide && state.layout !== "list" && span !== null;
  const list = span && (
    <TimelineList
      events={visible}
      levels={levels}
      fromYear={span.from}
      toYear={span.to}
      selectedId={selected?.id ?? null}
      tabStopId={tabStopId}
      focusYear={state.year}
      revealIds={[selected?.id, focusId].filter((id): id is string => typeof id === "string")}
      onMoveTo={(id) => select(id, true)}
      cardId={card ? cardId : undefined}
      card={card}
      summary={summary}
      instructionsId={instructionsId}
      onActivate={activate}
    />
  );
  const chart = (
    <>
      <TimelineChart
        width={drawWidth}
        fontSize={fontSize}
        fontFamily={fontFamily}
        domain={shownDomain}
        today={today}
        levels={ladderInputs}
        events={chartEvents}
        selectedId={selected?.id ?? null}
        tabStopId={tabStopId}
        focusYear={state.year}
        cardId={card ? cardId : undefined}
        describe={describe}
        tooltip={tooltip}
        todayLabel={t("timeline.today")}
        summary={summary}
        instructionsId={instructionsId}
        onActivate={activate}
        svgRef={svgRef}
        fitHeight={slide ? fitHeight : undefined}
      />
      {slide && card ? <div className={`timeline__overlay timeline__overlay--${cardSide}`}>{card}</div> : card}
    </>
  );

  return (
    <div className="timeline summary">
      {first && last && (
        <p className="timeline__headline">
          {levels.length > 1
            ? t("timeline.headline", {
                first: levelName(first),
                firstYear: yearOf(first.date),
                last: levelName(last),
                lastYear: yearOf(last.date),
              })
            : `${levelName(first)} (${yearOf(first.date)})`}
        </p>
      )}
      {span && !slide && (
        <p className="summary__note timeline__note">
          {tn("timeline.events", otherCount, {
            levels:
              levels.length === 1
                ? t("timeline.levelCount.single", { count: fmt.number(1) })
                : tn("timeline.levelCount", levels.length, { years: levelYears }),
            from: span.from,
            to: span.to,
          })}
        </p>
      )}

      <ViewControls summary={controlsSummary(locale, kindsShown, state.year)}>
        <TimelineControls
          counts={counts}
          shown={shown}
          onShown={setShown}
          viewChoices={
            width > 0 && !vertical
              ? {
                  periods: !asList && eraList.length > 1 ? periodOptions(locale, eraList, levels, today) : null,
                  period: era ? period : "all",
                  onPeriod: setPeriod,
                  layout: slide ? null : { value: state.layout, onChange: (layout) => update({ layout }) },
                }
              : null
          }
        />

        {span && (
          <FocusYearControl
            year={state.year}
            range={[span.from, new Date(today).getUTCFullYear()]}
            summary={state.year === null ? null : tn("timeline.focus", inFocusYear.length)}
            onChange={(year) => update({ year })}
          />
        )}
      </ViewControls>

      <div
        className={`timeline__stage${asList ? " is-list" : ""}${slideFill ? " slide-fill" : ""}`}
        ref={setStage}
        onKeyDown={onStageKeyDown}
      >
        {/* Until measured (the prerendered page), both forms, and a container query shows the one the width will choose
            (timeline.css), so nothing moves when the measured view keeps only that one. */}
        {bothForms ? (
          <>
            <div className="timeline__narrow-form">{list}</div>
            <div className="timeline__wide-form">{chart}</div>
          </>
        ) : (
          <>
            {width > 0 && span && asList && list}
            {drawWidth > 0 && !asList && (!slide || fitHeight > 0) && chart}
          </>
        )}
        <ChartKeys id={instructionsId} hidden={slide}>
          {t("timeline.instructions")}
        </ChartKeys>
      </div>

      <SourceLine ids={ladderSources} max={slide ? 2 : undefined} />
      {!slide && (
        <ViewActions
          viewId="timeline"
          title={t("view.timeline.title")}
          svgRef={asList ? undefined : svgRef}
          sourceText={fmt.entries(ladderSources.map(sourceName))}
          csv={() => toCsv(file.events, csvColumns(sourceList), t)}
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
      )}
    </div>
  );
}
