import type { Composition, TradeFile } from "../schemas/trade";
import { checkUniqueIds } from "./generic";
import { issueAt, type Issue } from "./issue";

/** Series the views rely on by id. */
export const REQUIRED_SERIES = ["cn-total", "kz-total"] as const;

/**
 * Trade series never mix reporters: each point's reporter is its series' reporter, and the series id
 * starts with it ("cn-…", "kz-…"). Years are unique and ascending; the series the views need exist.
 */
export function checkTrade(file: string, trade: TradeFile): Issue[] {
  const issues = checkUniqueIds(file, trade.series, ["series"]);
  trade.series.forEach((series, s) => {
    if (!series.id.startsWith(`${series.reporter}-`)) {
      issues.push(
        issueAt(file, ["series", s, "id"], `an id starting with "${series.reporter}-", the series' reporter`, JSON.stringify(series.id)),
      );
    }
    series.points.forEach((point, p) => {
      if (point.reporter !== series.reporter) {
        issues.push(
          issueAt(
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
          issueAt(
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
      issues.push(issueAt(file, ["series"], `a series with id "${id}" (the trade view relies on it)`, "none"));
    }
  }
  issues.push(...checkUniqueIds(file, trade.targets, ["targets"]));
  issues.push(...checkComposition(file, trade.composition));
  issues.push(...checkUniqueIds(file, trade.shares, ["shares"]));
  trade.shares.forEach((share, i) => {
    for (const end of ["from", "to"] as const) {
      const date = share.period?.[end];
      if (date && !date.startsWith(`${share.year}`)) {
        issues.push(issueAt(file, ["shares", i, "period", end], `a date in ${share.year}, the share's year`, JSON.stringify(date)));
      }
    }
  });
  return issues;
}

/** One breakdown per direction and year (the view shows one), each group once in it. */
function checkComposition(file: string, composition: readonly Composition[]): Issue[] {
  const issues = checkUniqueIds(file, composition, ["composition"]);
  const seen = new Map<string, string>();
  composition.forEach((entry, e) => {
    const key = `${entry.direction} ${entry.year}`;
    const first = seen.get(key);
    if (first) {
      issues.push(
        issueAt(
          file,
          ["composition", e, "year"],
          `one breakdown per direction and year (${entry.direction} ${entry.year} is also "${first}")`,
          String(entry.year),
        ),
      );
    } else seen.set(key, entry.id);
    issues.push(...checkUniqueIds(file, entry.groups, ["composition", e, "groups"]));
  });
  return issues;
}
