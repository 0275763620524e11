import { useMemo, useState, type ReactNode } from "react";
import type { Level, TimelineEvent } from "../../data/schemas/timeline";
import { useLocale } from "../../lib/locale";
import { CategoryMark } from "./CategoryMark";
import { positionOf, startOf } from "../../lib/partialDate";
import { eraGroups, rankAt, yearRows, type EraGroup, type YearRow } from "./compute";
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
  /** Events that must be in sight (the selection, the one the keyboard moved to): their eras open. */
  revealIds: readonly string[];
  /** The open card's id, which the selected event controls; none while no card is open. */
  cardId: string | undefined;
  /** The details card, shown under the selected row. */
  card: ReactNode;
  summary: string;
  instructionsId: string;
  onActivate: (id: string) => void;
  /** Moves to an event by keyboard (selects it and takes focus there). */
  onMoveTo: (id: string) => void;
}

/**
 * The vertical timeline, which is also the list alternative to the chart: years top to bottom, each
 * event a button, the ladder as a rail of stripes that widens at each rung and runs on to today. The
 * years are folded by era, from one rung to the next, so the list flows with the page at a few lines
 * long; an era opens on a tap, and by itself when an event in it is selected, moved to or in the focus year.
 */
export function TimelineList({
  events,
  levels,
  fromYear,
  toYear,
  selectedId,
  tabStopId,
  focusYear,
  revealIds,
  cardId,
  card,
  summary,
  instructionsId,
  onActivate,
  onMoveTo,
}: Props) {
  const { t, tn, fmt, lang } = useLocale();
  const rows = useMemo(() => yearRows(events, fromYear, toYear), [events, fromYear, toYear]);
  const groups = useMemo(() => eraGroups(rows, levels), [rows, levels]);
  const levelOf = useMemo(() => new Map(levels.map((l) => [l.id, l])), [levels]);
  const levelOfRank = useMemo(() => new Map(levels.map((l) => [l.rank, l])), [levels]);
  const top = levels[levels.length - 1];
  /** The eras the reader opened, by rank. */
  const [opened, setOpened] = useState<ReadonlySet<number>>(() => new Set());
  const revealed = (g: EraGroup) =>
    groups.length === 1 ||
    g.rows.some((r) => r.kind === "year" && (r.year === focusYear || r.events.some((e) => revealIds.includes(e.id))));

  const rail = (rank: number, start?: number) => <LadderRail count={levels.length} rank={rank} start={start} />;

  const yearRow = (row: YearRow) =>
    row.kind === "gap" ? (
      <li key={`gap-${row.from}`} className="timeline-list__gap">
        {rail(rankAt(levels, Date.UTC(row.from, 0, 1)))}
        <span className="timeline-list__gap-years">{row.from === row.to ? row.from : `${row.from}–${row.to}`}</span>
        <span className="timeline-list__gap-note">{t("timeline.gap")}</span>
      </li>
    ) : (
      <li key={row.year} className="timeline-list__year" data-year={row.year} aria-current={row.year === focusYear ? "date" : undefined}>
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
              <li key={e.id} data-row={e.id} className={`timeline-list__event${level ? " is-rung" : ""}${selected ? " is-selected" : ""}`}>
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
                        {t("text.pair", {
                          first: eventDateText(lang, fmt, e),
                          second: level
                            ? t("timeline.levelShort", { rank: level.rank, count: levels.length })
                            : t(`timeline.category.${e.category}`),
                        })}
                      </span>
                      <span className="timeline-row__title">{level ? levelName(level) : e.title}</span>
                    </span>
                  </button>
                  {selected && card}
                </div>
              </li>
            );
          })}
        </ol>
      </li>
    );

  return (
    <div className="timeline-list" role="group" aria-label={summary} aria-describedby={instructionsId}>
      <ol className="timeline-list__eras">
        {groups.map((g) => {
          const level = levelOfRank.get(g.rank);
          return (
            <li key={g.rank} className="timeline-list__era">
              <details
                open={opened.has(g.rank) || revealed(g)}
                onToggle={(e) => {
                  const open = e.currentTarget.open;
                  setOpened((prev) => {
                    if (prev.has(g.rank) === open) return prev;
                    const next = new Set(prev);
                    if (open) next.add(g.rank);
                    else next.delete(g.rank);
                    return next;
                  });
                }}
              >
                <summary
                  className="timeline-list__era-head"
                  onKeyDown={(e) => {
                    // From an era's heading the arrows go on into its events, as from one event to the next.
                    const events = g.rows.flatMap((r) => (r.kind === "year" ? r.events : []));
                    const to = ["ArrowDown", "ArrowRight"].includes(e.key)
                      ? events[0]
                      : ["ArrowUp", "ArrowLeft"].includes(e.key)
                        ? events.at(-1)
                        : undefined;
                    if (!to || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
                    e.preventDefault();
                    e.stopPropagation();
                    onMoveTo(to.id);
                  }}
                >
                  {rail(g.rank)}
                  <span className="timeline-list__era-text">
                    <span className="timeline-list__era-years">{t("controls.years", { from: g.fromYear, to: g.toYear })}</span>
                    {level && <span className="timeline-list__era-name">{levelName(level)}</span>}
                    <span className="timeline-list__era-count">{tn("timeline.filter.count", g.eventCount)}</span>
                  </span>
                </summary>
                <ol className="timeline-list__years">{g.rows.map(yearRow)}</ol>
              </details>
            </li>
          );
        })}
        {top && (
          <li className="timeline-list__today">
            {rail(top.rank)}
            <span>{t("timeline.todayRow", { name: levelName(top), date: fmt.date(top.date, top.precision) })}</span>
          </li>
        )}
      </ol>
    </div>
  );
}
