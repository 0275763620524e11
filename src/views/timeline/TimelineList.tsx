import { useEffect, useMemo, useRef, type ReactNode } from "react";
import type { Level, TimelineEvent } from "../../data/schemas/timeline";
import { useLocale } from "../../lib/locale";
import { CategoryMark } from "./CategoryMark";
import { positionOf, startOf } from "../../lib/partialDate";
import { rankAt, yearRows } from "./compute";
import { levelName } from "../../data/derive/timeline";
import { eventDateText } from "../../data/derive/timeline";
import { LadderRail } from "./LadderRail";

interface Props {
  /** The events shown, in date order. */
  events: readonly TimelineEvent[];
  /** The ladder, first rung first. */
  levels: readonly Level[];
  fromYear: number;
  toYear: number;
  selectedId: string | null;
  tabStopId: string | null;
  focusYear: number | null;
  /** The open card's id, which the selected event controls; none while no card is open. */
  cardId: string | undefined;
  /** The details card, shown under the selected row. */
  card: ReactNode;
  summary: string;
  instructionsId: string;
  onActivate: (id: string) => void;
}

/** Space kept above a row scrolled into view, so the year above it stays in sight. */
const SCROLL_MARGIN = 48;

/**
 * The vertical timeline, which is also the list alternative to the chart: years top to bottom, each
 * event a button, the ladder as a rail of stripes that widens at each rung and runs on to today.
 */
export function TimelineList({
  events,
  levels,
  fromYear,
  toYear,
  selectedId,
  tabStopId,
  focusYear,
  cardId,
  card,
  summary,
  instructionsId,
  onActivate,
}: Props) {
  const { t, fmt, lang } = useLocale();
  const boxRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => yearRows(events, fromYear, toYear), [events, fromYear, toYear]);
  const levelOf = useMemo(() => new Map(levels.map((l) => [l.id, l])), [levels]);
  const top = levels[levels.length - 1];

  // Keep the selection (with its card), or else the focus year, in view inside the scroll box,
  // without scrolling the page around it.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const target = selectedId
      ? box.querySelector<HTMLElement>(`[data-row="${selectedId}"]`)
      : focusYear !== null
        ? box.querySelector<HTMLElement>(`[data-year="${focusYear}"]`)
        : null;
    if (!target) return;
    const rowTop = target.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    const rowBottom = rowTop + target.offsetHeight;
    if (rowTop < box.scrollTop) box.scrollTop = Math.max(0, rowTop - SCROLL_MARGIN);
    else if (rowBottom > box.scrollTop + box.clientHeight)
      box.scrollTop = Math.min(rowTop - SCROLL_MARGIN, rowBottom - box.clientHeight + SCROLL_MARGIN / 2);
  }, [selectedId, focusYear]);

  const rail = (rank: number, start?: number) => <LadderRail count={levels.length} rank={rank} start={start} />;

  return (
    <div className="timeline-list" ref={boxRef} role="group" aria-label={summary} aria-describedby={instructionsId}>
      <ol className="timeline-list__years">
        {rows.map((row) =>
          row.kind === "gap" ? (
            <li key={`gap-${row.from}`} className="timeline-list__gap">
              {rail(rankAt(levels, Date.UTC(row.from, 0, 1)))}
              <span className="timeline-list__gap-years">{row.from === row.to ? row.from : `${row.from}–${row.to}`}</span>
              <span className="timeline-list__gap-note">{t("timeline.gap")}</span>
            </li>
          ) : (
            <li
              key={row.year}
              className="timeline-list__year"
              data-year={row.year}
              aria-current={row.year === focusYear ? "date" : undefined}
            >
              <div className="timeline-list__year-head">
                {rail(rankAt(levels, Date.UTC(row.year, 0, 1)))}
                <span className="timeline-list__year-label">{row.year}</span>
                {row.year === focusYear && <span className="timeline-list__focus-badge">{t("timeline.focus.badge")}</span>}
              </div>
              <ol className="timeline-list__events" aria-label={String(row.year)}>
                {row.events.map((e) => {
                  const level = e.level ? levelOf.get(e.level) : undefined;
                  const selected = e.id === selectedId;
                  const rank = rankAt(levels, level ? startOf(level.date) : positionOf(e.date, e.precision));
                  return (
                    <li
                      key={e.id}
                      data-row={e.id}
                      className={`timeline-list__event${level ? " is-rung" : ""}${selected ? " is-selected" : ""}`}
                    >
                      {rail(rank, level?.rank)}
                      <div className="timeline-list__body">
                        <button
                          type="button"
                          className="timeline-row"
                          data-event-id={e.id}
                          tabIndex={e.id === tabStopId ? 0 : -1}
                          aria-expanded={selected}
                          aria-controls={selected ? cardId : undefined}
                          onClick={() => onActivate(e.id)}
                        >
                          <CategoryMark category={e.category} size={level ? 18 : 14} />
                          <span className="timeline-row__text">
                            <span className="timeline-row__meta">
                              {eventDateText(lang, fmt, e)}
                              {" · "}
                              {level
                                ? t("timeline.levelShort", { rank: level.rank, count: levels.length })
                                : t(`timeline.category.${e.category}`)}
                            </span>
                            <span className="timeline-row__title">{level ? levelName(level, lang) : e.title}</span>
                          </span>
                        </button>
                        {selected && card}
                      </div>
                    </li>
                  );
                })}
              </ol>
            </li>
          ),
        )}
        {top && (
          <li className="timeline-list__today">
            {rail(top.rank)}
            <span>{t("timeline.todayRow", { name: levelName(top, lang), date: fmt.date(top.date, top.precision) })}</span>
          </li>
        )}
      </ol>
    </div>
  );
}
