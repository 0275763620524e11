import type { Level, TimelineEvent } from "../../data/schemas/timeline";
import { focusYearItem } from "../../charts/focusYearItem";
import type { Locale } from "../../lib/locale";
import { eventDateText, levelName } from "../../data/derive/timeline";
import type { Era } from "./compute";
import type { Period } from "./useTimelineModel";

type Words = Pick<Locale, "t" | "fmt" | "lang">;

/** A marker's or rung's accessible name: date, then the rung's name and rank, or the event's title and category. */
export function describeEvent({ t, fmt, lang }: Words, event: TimelineEvent, level: Level | undefined, levelCount: number): string {
  const date = eventDateText(lang, fmt, event);
  return level
    ? t("timeline.stepLabel", { date, name: levelName(level), rank: level.rank, count: levelCount })
    : t("timeline.markerLabel", { date, title: event.title, category: t(`timeline.category.${event.category}`) });
}

/** A marker's tooltip: the date and category, then the title. */
export function tooltipText({ t, fmt, lang }: Words, event: TimelineEvent): { date: string; title: string } {
  return {
    date: t("text.pair", { first: eventDateText(lang, fmt, event), second: t(`timeline.category.${event.category}`) }),
    title: event.title,
  };
}

/** The chart's (and the list's) accessible name: the period, the ladder, and how many events are shown. */
export function timelineSummary(
  { t, fmt }: Words,
  span: { from: number; to: number } | null,
  levels: readonly Level[],
  shown: number,
  total: number,
): string {
  return t("timeline.summary", {
    from: span?.from ?? "",
    to: span?.to ?? "",
    steps: fmt.list(levels.map((l) => t("timeline.summaryStep", { name: levelName(l), date: fmt.date(l.date, l.precision) }))),
    shown,
    total,
  });
}

/** The period choices: all years, then one per rung ("2011–2019", named in full for assistive technology). */
export function periodOptions({ t }: Words, eraList: readonly Era[], levels: readonly Level[], today: number) {
  return [
    { value: "all" as Period, label: t("timeline.period.all") },
    ...eraList.map((e, i) => {
      const range =
        i === eraList.length - 1 && e.to >= today ? t("timeline.period.today", { from: e.fromYear }) : `${e.fromYear}–${e.toYear}`;
      const level = levels.find((l) => l.id === e.id);
      return {
        value: e.id as Period,
        label: range,
        ariaLabel: t("timeline.period.name", { range, level: level ? levelName(level) : e.id }),
      };
    }),
  ];
}

/** What the controls have set, for the folded controls bar: the kinds of event shown and the focus year. */
export function controlsSummary(
  { t, tn }: Pick<Locale, "t" | "tn">,
  kinds: { shown: number; total: number },
  year: number | null,
): string[] {
  return [
    kinds.shown >= kinds.total ? t("timeline.controls.allKinds") : tn("timeline.controls.kinds", kinds.shown, { total: kinds.total }),
    focusYearItem({ t }, year),
  ];
}
