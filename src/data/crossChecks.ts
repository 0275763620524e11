import { jsonPath } from "./DataError";
import { preview, type Issue } from "./check/issue";
import { precisionOf } from "./schemas/common";
import type { InvestmentFile } from "./schemas/investment";
import { MAP_REGION, type PlacesFile, type Position } from "./schemas/places";
import type { SourcesFile } from "./schemas/sources";
import type { TimelineFile } from "./schemas/timeline";
import type { TradeFile } from "./schemas/trade";

// Checks that zod cannot express on one file alone, or that span files. Each takes data that
// already passed its zod schema (so the shapes are known) and returns Issues; none throws.

/** Years and dates outside this range are typing mistakes, not history. */
export const YEAR_RANGE = { min: 1950, max: 2035 } as const;

/** Series the views rely on by id. */
export const REQUIRED_SERIES = ["cn-total", "kz-total"] as const;

type Path = readonly (string | number)[];
const at = (file: string, path: Path, expected: string, got: string): Issue => ({
  file,
  path: jsonPath(path) || "(root)",
  expected,
  got,
});

/** Visits every value in a JSON tree with its path; the callback sees objects before their children. */
function walk(value: unknown, visit: (value: unknown, path: Path) => void, path: Path = []): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, [...path, i]));
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) walk(child, visit, [...path, key]);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** A data file names its generated JSON Schema so editors validate it while someone types. */
export function checkSchemaRef(file: string, data: unknown, expected: string): Issue[] {
  const actual = isRecord(data) ? data["$schema"] : undefined;
  return actual === expected ? [] : [at(file, ["$schema"], JSON.stringify(expected), preview(actual))];
}

/** Every source id cited anywhere in a data file (in any `sources` list), with where it is cited. */
export function citedSources(data: unknown): { id: string; path: Path }[] {
  const found: { id: string; path: Path }[] = [];
  walk(data, (value, path) => {
    if (!isRecord(value) || !Array.isArray(value["sources"])) return;
    value["sources"].forEach((id, i) => {
      if (typeof id === "string") found.push({ id, path: [...path, "sources", i] });
    });
  });
  return found;
}

/** Every cited source id must be listed in data/sources.json. */
export function checkSourceIds(file: string, data: unknown, known: ReadonlySet<string>): Issue[] {
  return citedSources(data)
    .filter(({ id }) => !known.has(id))
    .map(({ id, path }) => at(file, path, "a source id listed in data/sources.json", JSON.stringify(id)));
}

/** sources.json lists only sources some dataset cites, so it stays the reading list of the data. */
export function checkUnusedSources(file: string, sources: SourcesFile, cited: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  sources.sources.forEach((source, i) => {
    if (!cited.has(source.id)) {
      issues.push(at(file, ["sources", i, "id"], "a source cited by at least one dataset (or remove it)", JSON.stringify(source.id)));
    }
  });
  return issues;
}

/** Ids within one list are unique, so links and URL state can name an item. */
export function checkUniqueIds(file: string, items: readonly { id: string }[], path: Path): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      issues.push(
        at(file, [...path, i, "id"], `an id not already used (it is used at ${jsonPath([...path, first])})`, JSON.stringify(item.id)),
      );
  });
  return issues;
}

const DATE_KEYS = new Set(["date", "endDate", "setOn", "asOf", "agreed", "constructionStart", "operation"]);
const YEAR_KEYS = new Set(["year", "byYear", "from", "to"]);

/** The first day a partial date can mean, as "YYYY-MM-DD", so dates of mixed precision compare. */
export function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/**
 * Years and dates lie in 1950..2035; a `precision` matches the date's format;
 * an end date is not before its start; a period does not run backwards.
 */
export function checkDates(file: string, data: unknown): Issue[] {
  const issues: Issue[] = [];
  const inRange = (year: number) => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
  const range = `${YEAR_RANGE.min}..${YEAR_RANGE.max}`;
  walk(data, (value, path) => {
    const key = path[path.length - 1];
    if (typeof key === "string" && DATE_KEYS.has(key) && typeof value === "string" && !inRange(Number(value.slice(0, 4)))) {
      issues.push(at(file, path, `a date in the years ${range}`, JSON.stringify(value)));
    }
    if (typeof key === "string" && YEAR_KEYS.has(key) && typeof value === "number" && !inRange(value)) {
      issues.push(at(file, path, `a year in ${range}`, String(value)));
    }
    if (!isRecord(value)) return;
    const { date, precision, endDate, from, to } = value;
    if (typeof date === "string" && typeof precision === "string" && precisionOf(date) !== precision) {
      issues.push(
        at(
          file,
          [...path, "precision"],
          `"${precisionOf(date)}", the precision of the date ${JSON.stringify(date)}`,
          JSON.stringify(precision),
        ),
      );
    }
    if (typeof date === "string" && typeof endDate === "string" && startOf(endDate) < startOf(date)) {
      issues.push(at(file, [...path, "endDate"], `a date on or after the start date ${JSON.stringify(date)}`, JSON.stringify(endDate)));
    }
    if (typeof from === "number" && typeof to === "number" && to < from) {
      issues.push(at(file, [...path, "to"], `a year on or after "from" (${from})`, String(to)));
    }
  });
  return issues;
}

/** A derived value says how it was derived, so a reader can redo the arithmetic. */
export function checkDerivedMethods(file: string, data: unknown): Issue[] {
  const issues: Issue[] = [];
  walk(data, (value, path) => {
    if (isRecord(value) && value["confidence"] === "derived" && typeof value["method"] !== "string") {
      issues.push(
        at(file, [...path, "method"], 'the method of a derived value, e.g. "20.4 / 1.45 using the reported +45% growth"', "nothing"),
      );
    }
  });
  return issues;
}

/**
 * Trade series never mix reporters: each point's reporter is its series' reporter, and the series id
 * starts with it ("cn-…", "kz-…"). Years are unique and ascending; the series the views need exist.
 */
export function checkTrade(file: string, trade: TradeFile): Issue[] {
  const issues = checkUniqueIds(file, trade.series, ["series"]);
  trade.series.forEach((series, s) => {
    if (!series.id.startsWith(`${series.reporter}-`)) {
      issues.push(
        at(file, ["series", s, "id"], `an id starting with "${series.reporter}-", the series' reporter`, JSON.stringify(series.id)),
      );
    }
    series.points.forEach((point, p) => {
      if (point.reporter !== series.reporter) {
        issues.push(
          at(
            file,
            ["series", s, "points", p, "reporter"],
            `"${series.reporter}", the reporter of series "${series.id}" (a series never mixes reporters)`,
            JSON.stringify(point.reporter),
          ),
        );
      }
      const previous = series.points[p - 1];
      if (previous && point.year <= previous.year) {
        issues.push(
          at(
            file,
            ["series", s, "points", p, "year"],
            `a year after ${previous.year} (years are unique and ascending)`,
            String(point.year),
          ),
        );
      }
    });
  });
  for (const id of REQUIRED_SERIES) {
    if (!trade.series.some((series) => series.id === id)) {
      issues.push(at(file, ["series"], `a series with id "${id}" (the trade view relies on it)`, "none"));
    }
  }
  issues.push(...checkUniqueIds(file, trade.targets, ["targets"]));
  return issues;
}

/**
 * The ladder climbs: ranks 1, 2, 3… with dates strictly increasing, and each rung also appears as an
 * event on the same date with `level` set. Events are in date order with unique ids.
 */
export function checkTimeline(file: string, timeline: TimelineFile): Issue[] {
  const issues = checkUniqueIds(file, timeline.levels, ["levels"]);
  timeline.levels.forEach((level, i) => {
    if (level.rank !== i + 1) {
      issues.push(at(file, ["levels", i, "rank"], `rank ${i + 1} (levels are listed in rank order, starting at 1)`, String(level.rank)));
    }
    const previous = timeline.levels[i - 1];
    if (previous && startOf(level.date) <= startOf(previous.date)) {
      issues.push(
        at(
          file,
          ["levels", i, "date"],
          `a date after ${previous.date}, when the previous level (${previous.id}) was reached`,
          JSON.stringify(level.date),
        ),
      );
    }
    const events = timeline.events.filter((event) => event.level === level.id);
    if (events.length !== 1) {
      issues.push(at(file, ["levels", i, "id"], `exactly one event with level "${level.id}"`, `${events.length}`));
    } else if (events[0] && events[0].date !== level.date) {
      const e = timeline.events.indexOf(events[0]);
      issues.push(
        at(file, ["events", e, "date"], `${JSON.stringify(level.date)}, the date of level "${level.id}"`, JSON.stringify(events[0].date)),
      );
    }
  });
  timeline.events.forEach((event, e) => {
    if (event.level && !timeline.levels.some((level) => level.id === event.level)) {
      issues.push(at(file, ["events", e, "level"], "the id of a level listed in levels", JSON.stringify(event.level)));
    }
    const previous = timeline.events[e - 1];
    if (previous && startOf(event.date) < startOf(previous.date)) {
      issues.push(
        at(file, ["events", e, "date"], `a date on or after ${previous.date} (events are in date order)`, JSON.stringify(event.date)),
      );
    }
  });
  issues.push(...checkUniqueIds(file, timeline.events, ["events"]));
  return issues;
}

/** Whether a position lies inside the map's region ([west, south, east, north]). */
export function insideMapRegion([lon, lat]: Position): boolean {
  const [west, south, east, north] = MAP_REGION;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/**
 * Every coordinate falls inside the map's region; feature ids are unique; milestones are in order;
 * a cost range runs from low to high, and only an amount in another currency has a dollar equivalent.
 * (A cost's `sources` are checked with every other `sources` list, by `checkSourceIds`.)
 */
export function checkPlaces(file: string, places: PlacesFile): Issue[] {
  const issues = checkUniqueIds(file, places.features, ["features"]);
  const [west, south, east, north] = MAP_REGION;
  const region = `a [longitude, latitude] inside the map region (longitude ${west}..${east}, latitude ${south}..${north})`;
  places.features.forEach((feature, f) => {
    const base: Path = ["features", f, "geometry", "coordinates"];
    const { geometry } = feature;
    const positions: { position: Position; path: Path }[] =
      geometry.type === "Point"
        ? [{ position: geometry.coordinates, path: base }]
        : geometry.type === "LineString"
          ? geometry.coordinates.map((position, i) => ({ position, path: [...base, i] }))
          : geometry.coordinates.flatMap((line, l) => line.map((position, i) => ({ position, path: [...base, l, i] })));
    for (const { position, path } of positions) {
      if (!insideMapRegion(position)) issues.push(at(file, path, region, JSON.stringify(position)));
    }
    const { agreed, constructionStart, operation } = feature.properties.dates ?? {};
    const order: [string, string | undefined][] = [
      ["agreed", agreed],
      ["constructionStart", constructionStart],
      ["operation", operation],
    ];
    const known = order.filter((entry): entry is [string, string] => entry[1] !== undefined);
    known.forEach(([key, date], i) => {
      const before = known[i - 1];
      if (before && startOf(date) < startOf(before[1])) {
        issues.push(
          at(file, ["features", f, "properties", "dates", key], `a date on or after ${before[0]} (${before[1]})`, JSON.stringify(date)),
        );
      }
    });
    feature.properties.cost?.forEach((cost, c) => {
      const path: Path = ["features", f, "properties", "cost", c];
      if (cost.qualifier === "range" && cost.max <= cost.min) {
        issues.push(at(file, [...path, "max"], `a number above min (${cost.min}): a range runs from low to high`, String(cost.max)));
      }
      if (cost.usdEquivalent && cost.unit === "USD million") {
        issues.push(at(file, [...path, "usdEquivalent"], "nothing: the amount is already in US dollars", preview(cost.usdEquivalent)));
      }
    });
  });
  return issues;
}

/** Investment lists have unique ids; yearly inflows are unique and ascending; company counts are in date order. */
export function checkInvestment(file: string, investment: InvestmentFile): Issue[] {
  const issues = checkUniqueIds(file, investment.counts, ["counts"]);
  const clash = investment.counts.findIndex((count) => count.id === investment.headline.id);
  if (clash >= 0) {
    issues.push(at(file, ["counts", clash, "id"], "an id other than the headline's", JSON.stringify(investment.headline.id)));
  }
  issues.push(...checkUniqueIds(file, investment.deals, ["deals"]));
  investment.inflows.forEach((inflow, i) => {
    const previous = investment.inflows[i - 1];
    if (previous && inflow.year <= previous.year) {
      issues.push(at(file, ["inflows", i, "year"], `a year after ${previous.year} (years are unique and ascending)`, String(inflow.year)));
    }
  });
  investment.companies.forEach((entry, i) => {
    const previous = investment.companies[i - 1];
    if (previous && startOf(entry.date) < startOf(previous.date)) {
      issues.push(
        at(file, ["companies", i, "date"], `a date on or after ${previous.date} (counts are in date order)`, JSON.stringify(entry.date)),
      );
    }
  });
  return issues;
}
