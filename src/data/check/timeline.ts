import { startOf } from "../../lib/partialDate";
import type { TimelineFile } from "../schemas/timeline";
import { checkUniqueIds } from "./generic";
import { issueAt, type Issue } from "./issue";

/**
 * The ladder climbs: ranks 1, 2, 3… with dates strictly increasing, and each rung also appears as an
 * event on the same date with `level` set. Events are in date order with unique ids.
 */
export function checkTimeline(file: string, timeline: TimelineFile): Issue[] {
  const issues = checkUniqueIds(file, timeline.levels, ["levels"]);
  timeline.levels.forEach((level, i) => {
    if (level.rank !== i + 1) {
      issues.push(
        issueAt(file, ["levels", i, "rank"], `rank ${i + 1} (levels are listed in rank order, starting at 1)`, String(level.rank)),
      );
    }
    const previous = timeline.levels[i - 1];
    if (previous && startOf(level.date) <= startOf(previous.date)) {
      issues.push(
        issueAt(
          file,
          ["levels", i, "date"],
          `a date after ${previous.date}, when the previous level (${previous.id}) was reached`,
          JSON.stringify(level.date),
        ),
      );
    }
    const events = timeline.events.filter((event) => event.level === level.id);
    if (events.length !== 1) {
      issues.push(issueAt(file, ["levels", i, "id"], `exactly one event with level "${level.id}"`, `${events.length}`));
    } else if (events[0] && events[0].date !== level.date) {
      const e = timeline.events.indexOf(events[0]);
      issues.push(
        issueAt(
          file,
          ["events", e, "date"],
          `${JSON.stringify(level.date)}, the date of level "${level.id}"`,
          JSON.stringify(events[0].date),
        ),
      );
    }
  });
  timeline.events.forEach((event, e) => {
    if (event.level && !timeline.levels.some((level) => level.id === event.level)) {
      issues.push(issueAt(file, ["events", e, "level"], "the id of a level listed in levels", JSON.stringify(event.level)));
    }
    const previous = timeline.events[e - 1];
    if (previous && startOf(event.date) < startOf(previous.date)) {
      issues.push(
        issueAt(file, ["events", e, "date"], `a date on or after ${previous.date} (events are in date order)`, JSON.stringify(event.date)),
      );
    }
  });
  issues.push(...checkUniqueIds(file, timeline.events, ["events"]));
  return issues;
}
