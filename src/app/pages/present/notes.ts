import { countAmount, periodLabel, qualified } from "../../../data/derive/investment";
import { placeById, placeName } from "../../../data/derive/places";
import { eventDateText, findEvent, ladder, levelName } from "../../../data/derive/timeline";
import { headline, latestReporterGap, seriesById, sortedPoints } from "../../../data/derive/trade";
import { averageGrowth, deepestFall, fastestYear, latestSharedYear, yearsHigher, type Fall } from "../../../data/derive/tradeTrends";
import type { InvestmentCount } from "../../../data/schemas/investment";
import type { Cost, PlaceFeature } from "../../../data/schemas/places";
import type { TimelineEvent } from "../../../data/schemas/timeline";
import type { TradeFile, TradePoint } from "../../../data/schemas/trade";
import type { Locale } from "../../../lib/locale";
import { precisionOf, yearOf } from "../../../lib/partialDate";
import { quantityText } from "../../../lib/units";
import { choiceOptions } from "./predict/guess";
import type { LinePredict, Step, StoryData, StoryDataset } from "./story";

/** One figure a step rests on: what it is, its value as the locale writes it, who reported it, its sources. */
export interface StepFigure {
  label: string;
  value: string;
  /** Whose statistics, where the data says (China's customs, Kazakhstan's statistics). */
  reporter?: string;
  /** Ids in data/sources.json, from the data record the figure comes from. */
  sourceIds: readonly string[];
}

/** What the presenter has for a step: words to say, the figures that matter, a question for the class. */
export interface StepNotes {
  say: string;
  figures: readonly StepFigure[];
  question: string;
}

interface NotesSpec {
  /** The datasets the notes read beyond the step's own. */
  needs: readonly StoryDataset[];
  notes: (data: StoryData, locale: Locale) => StepNotes | null;
}

/** Every source id of some records, each once, in the order met. */
const sourcesOf = (...records: readonly { sources: readonly string[] }[]): string[] => [...new Set(records.flatMap((r) => r.sources))];

function reporterName({ t }: Locale, point: TradePoint): string {
  if (point.estimate) return t(point.reporter === "cn" ? "notes.reporter.estimate.cn" : "notes.reporter.estimate.kz");
  return t(point.reporter === "cn" ? "notes.reporter.cn" : "notes.reporter.kz");
}

/** A year's trade figure of one reporter's total. */
function tradeFigure(locale: Locale, point: TradePoint): StepFigure {
  return {
    label: locale.t("notes.figure.trade", { year: point.year }),
    value: locale.fmt.usdCompact(point.value),
    reporter: reporterName(locale, point),
    sourceIds: point.sources,
  };
}

/** The words of a series' deepest fall: how deep, from which year to which. */
function fallWords({ fmt }: Locale, fall: Fall) {
  return { fall: fmt.percent(fall.fall), peakYear: fall.peak.year, troughYear: fall.trough.year };
}

/** A series' deepest fall as a key figure, with the reporter and the sources of its two ends. */
function fallFigure(locale: Locale, fall: Fall): StepFigure {
  const words = fallWords(locale, fall);
  return {
    label: locale.t("notes.figure.fall", words),
    value: words.fall,
    reporter: reporterName(locale, fall.trough),
    sourceIds: sourcesOf(fall.peak, fall.trough),
  };
}

const FLOW_LABELS = {
  "cn-exports": "notes.figure.flow.cnExports",
  "kz-imports": "notes.figure.flow.kzImports",
  "kz-exports": "notes.figure.flow.kzExports",
  "cn-imports": "notes.figure.flow.cnImports",
} as const;

/** A year's figure of one reporter's exports or imports. */
function flowFigure(locale: Locale, series: keyof typeof FLOW_LABELS, point: TradePoint): StepFigure {
  return { ...tradeFigure(locale, point), label: locale.t(FLOW_LABELS[series], { year: point.year }) };
}

const totals = (trade: TradeFile | undefined) => ({
  cn: trade && seriesById(trade, "cn-total"),
  kz: trade && seriesById(trade, "kz-total"),
});

/** A series' figure in one year, if it has one. */
function pointIn(trade: TradeFile | undefined, id: string, year: number): TradePoint | undefined {
  return (trade && seriesById(trade, id))?.points.find((p) => p.year === year);
}

/** The same-year figures of the two reporters' totals, each where it exists. */
function tradeInYear(locale: Locale, trade: TradeFile | undefined, year: number): StepFigure[] {
  return ["cn-total", "kz-total"].flatMap((id) => {
    const point = pointIn(trade, id, year);
    return point ? [tradeFigure(locale, point)] : [];
  });
}

/** The first step: the day relations began (the step's event), and the first year's trade. */
const ties = (eventId: string): NotesSpec => ({
  needs: ["trade", "timeline"],
  notes: ({ trade, timeline }, locale) => {
    const cn = totals(trade).cn;
    const head = cn && headline(cn);
    // The event the step shows, or the rung of the ladder of that name (it carries the same date).
    const event = timeline && (findEvent(timeline.events, eventId) ?? timeline.levels.find((l) => l.id === eventId));
    if (!head || !event) return null;
    const { t, fmt, lang } = locale;
    const estimate = pointIn(trade, "kz-total", head.first.year);
    return {
      say: t("notes.ties.say", { date: eventDateText(lang, fmt, event), value: fmt.usdCompact(head.first.value) }),
      figures: [
        { label: t("notes.figure.ties"), value: eventDateText(lang, fmt, event), sourceIds: event.sources },
        tradeFigure(locale, head.first),
        ...(estimate ? [tradeFigure(locale, estimate)] : []),
      ],
      question: t("notes.ties.question", { latestYear: head.latest.year }),
    };
  },
});

const growth: NotesSpec = {
  needs: ["trade"],
  notes: ({ trade }, locale) => {
    const cn = totals(trade).cn;
    const head = cn && headline(cn);
    if (!cn || !head) return null;
    const { t, fmt } = locale;
    const fall = deepestFall(cn);
    const args = {
      firstYear: head.first.year,
      latestYear: head.latest.year,
      latest: fmt.usdCompact(head.latest.value),
      multiple: fmt.multiple(head.multiple),
    };
    const fallArgs = fall && fallWords(locale, fall);
    return {
      say: fallArgs ? t("notes.growth.sayFall", { ...args, ...fallArgs }) : t("notes.growth.say", args),
      figures: [
        tradeFigure(locale, head.first),
        tradeFigure(locale, head.latest),
        {
          label: t("notes.figure.growth", args),
          value: t("notes.value.multiple", args),
          reporter: reporterName(locale, head.latest),
          sourceIds: sourcesOf(head.first, head.latest),
        },
        ...(fall ? [fallFigure(locale, fall)] : []),
      ],
      question: fallArgs ? t("notes.growth.questionFall", fallArgs) : t("notes.growth.question"),
    };
  },
};

const log: NotesSpec = {
  needs: ["trade"],
  notes: ({ trade }, locale) => {
    const cn = totals(trade).cn;
    const head = cn && headline(cn);
    const rate = head && averageGrowth(head.first, head.latest);
    if (!cn || !head || rate === null || rate === undefined) return null;
    const { t, fmt } = locale;
    const fastest = fastestYear(cn);
    const args = { firstYear: head.first.year, latestYear: head.latest.year, rate: fmt.percent(rate) };
    const fastArgs = fastest && { fromYear: fastest.from.year, toYear: fastest.to.year, change: fmt.percent(fastest.change) };
    return {
      say: fastArgs ? t("notes.log.sayFastest", { ...args, ...fastArgs }) : t("notes.log.say", args),
      figures: [
        {
          label: t("notes.figure.averageGrowth", args),
          value: args.rate,
          reporter: reporterName(locale, head.latest),
          sourceIds: sourcesOf(head.first, head.latest),
        },
        ...(fastest && fastArgs
          ? [
              {
                label: t("notes.figure.fastestYear", fastArgs),
                value: fmt.percent(fastest.change, true),
                reporter: reporterName(locale, fastest.to),
                sourceIds: sourcesOf(fastest.from, fastest.to),
              },
            ]
          : []),
      ],
      question: t("notes.log.question"),
    };
  },
};

const reporters: NotesSpec = {
  needs: ["trade"],
  notes: ({ trade }, locale) => {
    const { cn, kz } = totals(trade);
    const gap = cn && kz ? latestReporterGap(cn, kz) : null;
    const cnPoint = gap && pointIn(trade, "cn-total", gap.year);
    const kzPoint = gap && pointIn(trade, "kz-total", gap.year);
    if (!cn || !kz || !gap || !cnPoint || !kzPoint) return null;
    const { t, fmt } = locale;
    const args = { year: gap.year, cn: fmt.usdCompact(gap.cn), kz: fmt.usdCompact(gap.kz), gap: fmt.percent(gap.ratio) };
    const higher = yearsHigher(cn, kz);
    const flows = flowMirror(trade);
    return {
      say: flows?.mostlyExports
        ? t("notes.reporters.sayExports", {
            ...args,
            flowYear: flows.year,
            cnExports: fmt.usdCompact(flows.cnExports.value),
            kzImports: fmt.usdCompact(flows.kzImports.value),
          })
        : t("notes.reporters.say", args),
      figures: [
        tradeFigure(locale, cnPoint),
        tradeFigure(locale, kzPoint),
        { label: t("notes.figure.gap", args), value: args.gap, sourceIds: sourcesOf(cnPoint, kzPoint) },
        ...(higher
          ? [
              {
                label: t("notes.figure.yearsHigher", { from: higher.from, to: higher.to }),
                value: t("notes.value.yearsOf", { higher: fmt.number(higher.higher), years: fmt.number(higher.years) }),
                sourceIds: sourcesOf(
                  ...cn.points.filter((p) => p.year >= higher.from && p.year <= higher.to),
                  ...kz.points.filter((p) => p.year >= higher.from && p.year <= higher.to && !p.estimate),
                ),
              },
            ]
          : []),
        ...(flows
          ? [
              flowFigure(locale, "cn-exports", flows.cnExports),
              flowFigure(locale, "kz-imports", flows.kzImports),
              ...(flows.kzExports && flows.cnImports
                ? [flowFigure(locale, "kz-exports", flows.kzExports), flowFigure(locale, "cn-imports", flows.cnImports)]
                : []),
            ]
          : []),
      ],
      question: t("notes.reporters.question"),
    };
  },
};

/**
 * The two directions of trade as each side records them, in the latest year both record China's exports:
 * whether the gap between the reporters lies mostly in goods going from China to Kazakhstan.
 */
function flowMirror(trade: TradeFile | undefined) {
  const series = (id: string) => trade && seriesById(trade, id);
  const cnExports = series("cn-exports");
  const kzImports = series("kz-imports");
  const south = cnExports && kzImports ? latestSharedYear(cnExports, kzImports) : null;
  if (!south) return null;
  const kzExports = pointIn(trade, "kz-exports", south.year);
  const cnImports = pointIn(trade, "cn-imports", south.year);
  const exportsGap = south.a.value - south.b.value;
  const otherGap = kzExports && cnImports ? Math.abs(kzExports.value - cnImports.value) : null;
  return {
    year: south.year,
    cnExports: south.a,
    kzImports: south.b,
    kzExports,
    cnImports,
    mostlyExports: otherGap !== null && exportsGap > otherGap,
  };
}

const ladderNotes: NotesSpec = {
  needs: ["timeline"],
  notes: ({ timeline }, locale) => {
    const levels = timeline ? ladder(timeline) : [];
    const first = levels[0];
    const last = levels[levels.length - 1];
    if (!first || !last || levels.length < 2) return null;
    const { tn, t, fmt } = locale;
    return {
      say: tn("notes.ladder.say", levels.length - 1, {
        first: levelName(first),
        firstYear: yearOf(first.date),
        last: levelName(last),
        lastYear: yearOf(last.date),
      }),
      figures: levels.map((level) => ({
        label: levelName(level),
        value: fmt.date(level.date, level.precision),
        sourceIds: level.sources,
      })),
      question: t("notes.ladder.question"),
    };
  },
};

type EventWords = (event: TimelineEvent, date: string, locale: Locale) => { say: string; question: string };

/** Notes for a step that shows one event: its date, and both reporters' trade that year. */
function eventNotes(eventId: string, words: EventWords): NotesSpec {
  return {
    needs: ["timeline", "trade"],
    notes: ({ timeline, trade }, locale) => {
      const event = timeline && findEvent(timeline.events, eventId);
      if (!event) return null;
      const date = eventDateText(locale.lang, locale.fmt, event);
      return {
        ...words(event, date, locale),
        figures: [{ label: event.title, value: date, sourceIds: event.sources }, ...tradeInYear(locale, trade, yearOf(event.date))],
      };
    },
  };
}

const anyEvent: EventWords = (event, date, { t }) => ({
  say: t("notes.event.say", { date, title: event.title, description: event.description }),
  question: t("notes.event.question"),
});

const belt: EventWords = (_event, date, { t }) => ({ say: t("notes.belt.say", { date }), question: t("notes.belt.question") });

type PlaceWords = (
  place: PlaceFeature,
  sameDay: { date: string; event: TimelineEvent } | null,
  locale: Locale,
) => { say: string; question: string };

/** A place's dates, sizes and costs, each a figure. */
function placeFigures(place: PlaceFeature, locale: Locale): StepFigure[] {
  const { t, fmt } = locale;
  const { dates, capacity = [], length, cost = [], sources } = place.properties;
  const dated = (
    [
      ["agreed", "map.details.agreed"],
      ["constructionStart", "map.details.constructionStart"],
      ["operation", "map.details.operation"],
    ] as const
  ).flatMap(([key, label]) => {
    const date = dates?.[key];
    return date ? [{ label: t(label), value: fmt.date(date, precisionOf(date)), sourceIds: sources }] : [];
  });
  const sized = [
    ...capacity.map((q) => ({ q, fallback: "map.details.capacity" as const })),
    ...(length ? [{ q: length, fallback: "map.details.length" as const }] : []),
  ];
  const sizes = sized.map(({ q, fallback }) => ({
    label: q.label ? sentenceCase(q.label) : t(fallback),
    value: quantityText(locale, q.value, q.unit),
    sourceIds: sources,
  }));
  const costs = cost.flatMap((c) => {
    const value = costValue(c, fmt, t);
    return value ? [{ label: t("notes.figure.cost", { covers: c.covers }), value, sourceIds: c.sources }] : [];
  });
  return [...dated, ...sizes, ...costs];
}

/** A quantity's label from the data (English, lower case: "handled in 2025") as a label of its own. */
const sentenceCase = (label: string) => label.charAt(0).toLocaleUpperCase("en") + label.slice(1);

/** A cost in US dollars as its source words it; null for one given only in another currency. */
function costValue(c: Cost, fmt: Locale["fmt"], t: Locale["t"]): string | null {
  const usd = c.unit === "USD million" ? c : null;
  if (c.qualifier === "range") return usd ? t("notes.value.range", { min: fmt.usdCompact(c.min), max: fmt.usdCompact(c.max) }) : null;
  const value = usd ? c.value : c.usdEquivalent?.value;
  return value === undefined ? null : qualified({ t }, c.qualifier, fmt.usdCompact(value));
}

/** A turning point of the timeline on the day a place was agreed, if there is one. */
function sameDayEvent(place: PlaceFeature, events: readonly TimelineEvent[] | undefined) {
  const agreed = place.properties.dates?.agreed;
  if (!agreed || agreed.length !== 10 || !events) return null;
  const event = events.find((e) => e.date === agreed && e.major);
  return event ? { date: agreed, event } : null;
}

/** Notes for a step that shows one place: its dates, sizes and costs. */
function placeNotes(placeId: string, words: PlaceWords): NotesSpec {
  return {
    needs: ["places", "timeline"],
    notes: ({ places, timeline }, locale) => {
      const place = places && placeById(places, placeId);
      if (!place) return null;
      return { ...words(place, sameDayEvent(place, timeline?.events), locale), figures: placeFigures(place, locale) };
    },
  };
}

const anyPlace: PlaceWords = (place, _sameDay, { t }) => ({
  say: t("notes.place.say", { name: placeName(place), description: place.properties.description }),
  question: t("notes.place.question"),
});

const khorgos: PlaceWords = (place, _sameDay, { t }) => ({
  say: t("notes.khorgos.say", { name: placeName(place) }),
  question: t("notes.khorgos.question"),
});

const lianyungang: PlaceWords = (place, sameDay, { t, fmt }) => {
  const name = placeName(place);
  return {
    say: sameDay
      ? t("notes.lianyungang.saySameDay", { name, date: fmt.date(sameDay.date, "day"), event: sameDay.event.title })
      : t("notes.lianyungang.say", { name }),
    question: t("notes.lianyungang.question"),
  };
};

/** The latest count of a kind (by the end of its period), or the largest where `largest`. */
function countOfKind(counts: readonly InvestmentCount[], kind: InvestmentCount["kind"], pick: "latest" | "largest") {
  const of = counts.filter((c) => c.kind === kind);
  const key = (c: InvestmentCount) => (pick === "latest" ? c.period.to : c.value);
  return of.reduce<InvestmentCount | null>((best, c) => (!best || key(c) > key(best) ? c : best), null);
}

const investment: NotesSpec = {
  needs: ["investment"],
  notes: ({ investment: file }, locale) => {
    if (!file) return null;
    const { t, fmt } = locale;
    const tally = file.headline;
    const args = { value: qualified(locale, tally.qualifier, fmt.usdCompact(tally.value)), period: periodLabel(locale, tally.period) };
    const stock = countOfKind(file.counts, "stock", "latest");
    const loans = countOfKind(file.counts, "loans", "largest");
    const inflow = file.inflows.reduce<(typeof file.inflows)[number] | null>((a, b) => (!a || b.year > a.year ? b : a), null);
    const countFigure = (c: InvestmentCount) => ({ label: countLabel(locale, c), value: countAmount(locale, c), sourceIds: c.sources });
    return {
      say:
        stock && loans
          ? t("notes.investment.sayCounts", {
              ...args,
              stock: countAmount(locale, stock),
              stockPeriod: periodLabel(locale, stock.period, true),
              loans: countAmount(locale, loans),
            })
          : t("notes.investment.say", args),
      figures: [
        { label: t("notes.figure.tally", { period: args.period }), value: args.value, sourceIds: tally.sources },
        ...(inflow
          ? [{ label: t("notes.figure.inflow", { year: inflow.year }), value: fmt.usdCompact(inflow.value), sourceIds: inflow.sources }]
          : []),
        ...(stock ? [countFigure(stock)] : []),
        ...(loans ? [countFigure(loans)] : []),
      ],
      question: t("notes.investment.question"),
    };
  },
};

/**
 * Notes for a step where the class draws the rest of a trade series: the last figure it sees, and the answer
 * (the latest figure, the growth since, and the deepest fall on the way) for the presenter to hold back.
 */
function guessLine(predict: LinePredict): NotesSpec {
  return {
    needs: ["trade"],
    notes: ({ trade }, locale) => {
      const series = trade && seriesById(trade, predict.series);
      const points = series ? sortedPoints(series) : [];
      const cut = points.filter((p) => p.year <= predict.cutYear).pop();
      const latest = points[points.length - 1];
      if (!series || !cut || !latest || latest.year <= predict.cutYear) return null;
      const { t, fmt } = locale;
      const fall = deepestFall({ ...series, points: points.filter((p) => p.year >= cut.year) });
      const args = {
        reporter: reporterName(locale, latest),
        cutYear: cut.year,
        cutValue: fmt.usdCompact(cut.value),
        latest: fmt.usdCompact(latest.value),
        latestYear: latest.year,
        multiple: fmt.multiple(latest.value / cut.value),
      };
      const fallArgs = fall && fallWords(locale, fall);
      return {
        say: fallArgs ? t("notes.guessLine.sayFall", { ...args, ...fallArgs }) : t("notes.guessLine.say", args),
        figures: [
          tradeFigure(locale, cut),
          tradeFigure(locale, latest),
          {
            label: t("notes.figure.growth", { firstYear: cut.year, latestYear: latest.year }),
            value: t("notes.value.multiple", args),
            reporter: args.reporter,
            sourceIds: sourcesOf(cut, latest),
          },
          ...(fall ? [fallFigure(locale, fall)] : []),
        ],
        question: t("notes.guessLine.question"),
      };
    },
  };
}

/** A count's label: its kind and period ("A stock at one date, as of 2025"). */
function countLabel(locale: Locale, c: InvestmentCount): string {
  const kind = c.kind ?? "other";
  return locale.t("notes.figure.count", {
    kind: locale.t(`investment.kind.${kind}`),
    period: periodLabel(locale, c.period, kind === "stock"),
  });
}

/** Notes for a step where the class chooses the investment tally among published figures: the options, the answer first. */
const guessChoice: NotesSpec = {
  needs: ["investment"],
  notes: ({ investment: file }, locale) => {
    if (!file) return null;
    const { t, fmt } = locale;
    const tally = file.headline;
    // The same options the class chooses from (PredictStage), built from the same data.
    const options = choiceOptions(
      { value: tally.value, item: tally },
      file.counts.map((c) => ({ value: c.value, item: c })),
    );
    const value = countAmount(locale, tally);
    const period = periodLabel(locale, tally.period);
    const others = options.filter((o) => o.item.id !== tally.id).map((o) => o.item);
    return {
      say: t("notes.guessChoice.say", { period, value, count: fmt.number(options.length) }),
      figures: [
        { label: t("notes.figure.answer", { label: t("notes.figure.tally", { period }) }), value, sourceIds: tally.sources },
        ...others.map((c) => ({ label: countLabel(locale, c), value: countAmount(locale, c), sourceIds: c.sources })),
      ],
      question: t("notes.guessChoice.question"),
    };
  },
};

/**
 * The notes of each step of the story, by step id. A step this list does not name still gets notes when
 * it asks the class to predict (by the kind of prediction) or shows one event or one place (from its
 * preset); any other gets none.
 */
const NOTES: Readonly<Record<string, (step: Step) => NotesSpec | null>> = {
  ties: (step) => (step.preset.event ? ties(step.preset.event) : null),
  growth: () => growth,
  log: () => log,
  reporters: () => reporters,
  ladder: () => ladderNotes,
  belt: (step) => (step.preset.event ? eventNotes(step.preset.event, belt) : null),
  investment: () => investment,
  khorgos: (step) => (step.preset.place ? placeNotes(step.preset.place, khorgos) : null),
  lianyungang: (step) => (step.preset.place ? placeNotes(step.preset.place, lianyungang) : null),
};

function specOf(step: Step): NotesSpec | null {
  const own = Object.hasOwn(NOTES, step.id) ? NOTES[step.id]?.(step) : undefined;
  if (own !== undefined) return own;
  if (step.predict?.kind === "line") return guessLine(step.predict);
  if (step.predict?.kind === "choice") return guessChoice;
  if (step.preset.event) return eventNotes(step.preset.event, anyEvent);
  if (step.preset.place) return placeNotes(step.preset.place, anyPlace);
  return null;
}

/** The datasets a step's notes read (its own `needs` plus what the figures cite). */
export function notesNeeds(step: Step): readonly StoryDataset[] {
  return [...new Set([...step.needs, ...(specOf(step)?.needs ?? [])])];
}

/**
 * A step's notes, computed from the data: every number through the locale's formatters, every figure with
 * the source ids of the record it comes from. A figure the data lacks is left out; null when the data lacks
 * what the step is about (or the step has no notes).
 */
export function stepNotes(step: Step, data: StoryData, locale: Locale): StepNotes | null {
  return specOf(step)?.notes(data, locale) ?? null;
}
