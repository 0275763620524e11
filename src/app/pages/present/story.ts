import type { DatasetContents } from "../../../data/datasets";
import type { Locale } from "../../../lib/locale";
import { firstSentence } from "../../../lib/firstSentence";
import { yearOf } from "../../../lib/partialDate";
import { defaultState, withShared, type ViewUrlState } from "../../../lib/urlState";
import { URL_OPTIONS } from "../../../lib/useUrlState";
import { periodLabel, qualified } from "../../../data/derive/investment";
import { placeById } from "../../../data/derive/places";
import { placeName } from "../../../data/derive/places";
import { findEvent, ladder, levelName } from "../../../data/derive/timeline";
import { eventDateText } from "../../../data/derive/timeline";
import { headline, latestReporterGap, seriesById, sortedPoints } from "../../../data/derive/trade";
import { VIEW_URL_KEYS, type ViewId } from "../../viewRegistry";

/** The datasets a step's words are computed from. */
export type StoryData = Partial<Pick<DatasetContents, "trade" | "timeline" | "investment" | "places">>;
export type StoryDataset = keyof StoryData;

export interface StepText {
  title: string;
  caption: string;
}

/** Every key the present page's URL carries: the shared ones and every view's. */
export type UrlState = ViewUrlState<typeof VIEW_URL_KEYS>;

/** The URL keys a view reads; a step sets them all (its preset over the defaults), so no state leaks between steps. */
export type ViewState = Omit<UrlState, "lang" | "theme" | "step">;

/** A step that asks the class first: draw the line after `cutYear` of a trade series. */
export interface LinePredict {
  kind: "line";
  series: string;
  cutYear: number;
}

/** A step that asks the class first: choose the investment tally among other published figures. */
export interface ChoicePredict {
  kind: "choice";
}

export type Predict = LinePredict | ChoicePredict;

export interface Step {
  id: string;
  view: ViewId;
  /** The view's state on this step: e.g. the log scale, a selected event or place. */
  preset: Partial<ViewState>;
  /** The one control the step is about (a URL key of its view, or "play"), shown beside the chart; none if absent. */
  control?: string;
  /** Predict, then reveal: the class guesses before the data is shown. */
  predict?: Predict;
  needs: readonly StoryDataset[];
  /** The step's title and caption from the data, or null when the data lacks what it speaks of. */
  text: (data: StoryData, locale: Locale) => StepText | null;
}

const DIPLOMATIC_TIES = "diplomatic-relations";
/** The year the class's guess of the trade line starts from: the strategic partnership. */
const GUESS_FROM = 2005;
const BELT_SPEECH = "silk-road-economic-belt";

function tradeHeadline(data: StoryData) {
  const cn = data.trade && seriesById(data.trade, "cn-total");
  return cn ? headline(cn) : null;
}

function eventStep(id: string, view: ViewId, eventId: string, year: number): Step {
  return {
    id,
    view,
    preset: { event: eventId, year },
    needs: ["timeline"],
    text: ({ timeline }, { lang, fmt }) => {
      const event = timeline && findEvent(timeline.events, eventId);
      if (!event) return null;
      return { title: `${eventDateText(lang, fmt, event)}: ${event.title}`, caption: event.description };
    },
  };
}

function placeStep(id: string, placeId: string): Step {
  return {
    id,
    view: "map",
    preset: { place: placeId },
    needs: ["places"],
    text: ({ places }, { lang }) => {
      const place = places && placeById(places, placeId);
      if (!place) return null;
      // The first sentence says what the place is; the whole description is in the map's details and the notes.
      return { title: placeName(place), caption: firstSentence(place.properties.description, lang) };
    },
  };
}

/**
 * The classroom story, in order: each step one view in a given state, with words computed from the
 * data (a figure that changes in the data changes here too).
 */
export const STORY: readonly Step[] = [
  {
    id: "ties",
    view: "timeline",
    preset: { event: DIPLOMATIC_TIES, year: 1992 },
    needs: ["trade", "timeline"],
    text: (data, { t, fmt }) => {
      const head = tradeHeadline(data);
      const ties = data.timeline?.levels.find((l) => l.id === DIPLOMATIC_TIES);
      if (!head || !ties) return null;
      return {
        title: t("present.s1.title"),
        caption: t("present.s1.caption", { date: fmt.date(ties.date, ties.precision), value: fmt.usdCompact(head.first.value) }),
      };
    },
  },
  {
    id: "guess-growth",
    view: "trade",
    preset: {},
    predict: { kind: "line", series: "cn-total", cutYear: GUESS_FROM },
    needs: ["trade"],
    text: ({ trade }, { t, fmt }) => {
      const series = trade && seriesById(trade, "cn-total");
      const points = series ? sortedPoints(series) : [];
      // The last figure the class sees before drawing: the cut year's, or the latest before it.
      const at = points.filter((p) => p.year <= GUESS_FROM).pop();
      const last = points[points.length - 1]?.year ?? null;
      if (!at || last === null || last <= GUESS_FROM) return null;
      return {
        title: t("present.guess.title", { year: GUESS_FROM }),
        caption: t("present.guess.caption", { year: at.year, value: fmt.usdCompact(at.value), lastYear: last }),
      };
    },
  },
  {
    id: "growth",
    view: "trade",
    preset: {},
    control: "play",
    needs: ["trade"],
    text: (data, { t, fmt }) => {
      const head = tradeHeadline(data);
      if (!head) return null;
      const args = { year: head.latest.year, value: fmt.usdCompact(head.latest.value), multiple: fmt.multiple(head.multiple) };
      return { title: t("present.s2.title", args), caption: t("present.s2.caption", { ...args, firstYear: head.first.year }) };
    },
  },
  {
    id: "log",
    view: "trade",
    preset: { scale: "log" },
    control: "scale",
    needs: ["trade"],
    text: (data, { t, fmt }) => {
      const head = tradeHeadline(data);
      if (!head) return null;
      return {
        title: t("present.log.title"),
        caption: t("present.log.caption", { first: fmt.usdCompact(head.first.value), firstYear: head.first.year }),
      };
    },
  },
  {
    id: "reporters",
    view: "trade",
    preset: { reporter: "both" },
    control: "reporter",
    needs: ["trade"],
    text: ({ trade }, { t, fmt }) => {
      const cn = trade && seriesById(trade, "cn-total");
      const kz = trade && seriesById(trade, "kz-total");
      const gap = cn && kz ? latestReporterGap(cn, kz) : null;
      if (!gap) return null;
      return {
        title: t("present.reporters.title"),
        caption: t("trade.compare", {
          year: gap.year,
          cn: fmt.usdCompact(gap.cn),
          kz: fmt.usdCompact(gap.kz),
          gap: fmt.percent(gap.ratio),
        }),
      };
    },
  },
  {
    id: "ladder",
    view: "timeline",
    preset: {},
    needs: ["timeline"],
    text: ({ timeline }, { t, tn, fmt }) => {
      const levels = timeline ? ladder(timeline) : [];
      const first = levels[0];
      const last = levels[levels.length - 1];
      if (!first || !last) return null;
      return {
        title: tn("present.ladder.title", levels.length),
        caption: t("present.ladder.caption", {
          steps: fmt.list(levels.map((l) => t("present.ladder.step", { name: levelName(l), year: yearOf(l.date) }))),
        }),
      };
    },
  },
  eventStep("belt", "timeline", BELT_SPEECH, 2013),
  {
    id: "guess-investment",
    view: "investment",
    preset: {},
    predict: { kind: "choice" },
    needs: ["investment"],
    text: ({ investment }, locale) => {
      if (!investment) return null;
      return {
        title: locale.t("present.choice.title"),
        caption: locale.t("present.choice.caption", { period: periodLabel(locale, investment.headline.period) }),
      };
    },
  },
  {
    id: "investment",
    view: "investment",
    preset: {},
    needs: ["investment"],
    text: ({ investment }, locale) => {
      if (!investment) return null;
      const { headline: tally, counts } = investment;
      const value = qualified(locale, tally.qualifier, locale.fmt.usdCompact(tally.value));
      const period = periodLabel(locale, tally.period);
      const values = counts.map((c) => c.value);
      if (values.length === 0) return { title: locale.t("investment.headline", { value, period }), caption: tally.measures };
      return {
        title: locale.t("present.investment.title"),
        caption: locale.t("present.investment.caption", {
          value,
          period,
          min: locale.fmt.usdCompact(Math.min(...values)),
          max: locale.fmt.usdCompact(Math.max(...values)),
        }),
      };
    },
  },
  placeStep("khorgos", "khorgos-gateway"),
  placeStep("lianyungang", "lianyungang-base"),
];

/** The view keys at their defaults: what a step starts from before its preset. */
export function viewDefaults(): ViewState {
  const { lang: _lang, theme: _theme, step: _step, ...rest } = defaultState(withShared(VIEW_URL_KEYS), URL_OPTIONS);
  return rest;
}

/** The full view state of a step, to write into the URL when the presenter moves to it. */
export function stepState(step: Step): ViewState {
  return { ...viewDefaults(), ...step.preset };
}

/** True when the URL carries no view state of its own, so the step's preset applies. */
export function isBareState(state: UrlState): boolean {
  const defaults = viewDefaults();
  return (Object.keys(defaults) as (keyof ViewState)[]).every((key) => JSON.stringify(state[key]) === JSON.stringify(defaults[key]));
}

/** The event and place ids the story names: a test checks that the shipped data has them. */
export function storyIds(): { events: string[]; places: string[] } {
  const events = STORY.flatMap((s) => (s.preset.event ? [s.preset.event] : []));
  const places = STORY.flatMap((s) => (s.preset.place ? [s.preset.place] : []));
  return { events, places };
}
