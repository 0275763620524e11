import { describe, expect, it } from "vitest";
import type { Level, TimelineEvent, TimelineFile } from "../schemas/timeline";
import { formatIssue, type Issue } from "./issue";
import { checkTimeline } from "./timeline";

const F = "data/x.json";
const text = (issues: Issue[]) => issues.map(formatIssue);

const level = (rank: number, id: Level["id"], date: string): Level => ({
  id,
  rank,
  date,
  precision: "day",
  name: "a",
  description: "d",
  naming: { sources: ["s"], note: "n" },
  sources: ["s"],
  confidence: "verified",
});
const event = (id: string, date: string, levelId?: Level["id"]): TimelineEvent => ({
  id,
  date,
  precision: "day",
  category: "diplomacy",
  title: "t",
  description: "d",
  ...(levelId ? { level: levelId } : {}),
  sources: ["s"],
  confidence: "verified",
});

describe("checkTimeline", () => {
  const ok: TimelineFile = {
    levels: [level(1, "diplomatic-relations", "1992-01-03"), level(2, "strategic-partnership", "2005-07-04")],
    events: [event("a", "1992-01-03", "diplomatic-relations"), event("b", "2005-07-04", "strategic-partnership")],
  };
  it("accepts a climbing ladder whose rungs are events", () => {
    expect(checkTimeline(F, ok)).toEqual([]);
  });
  it("flags ranks out of order, a rung without its event and events out of date order", () => {
    const bad: TimelineFile = {
      levels: [level(2, "diplomatic-relations", "1992-01-03"), level(1, "strategic-partnership", "2005-07-04")],
      events: [event("b", "2005-07-04"), event("a", "1992-01-03", "diplomatic-relations")],
    };
    expect(text(checkTimeline(F, bad))).toEqual([
      "data/x.json: levels[0].rank: expected rank 1 (levels are listed in rank order, starting at 1), got 2",
      "data/x.json: levels[1].rank: expected rank 2 (levels are listed in rank order, starting at 1), got 1",
      'data/x.json: levels[1].id: expected exactly one event with level "strategic-partnership", got 0',
      'data/x.json: events[1].date: expected a date on or after 2005-07-04 (events are in date order), got "1992-01-03"',
    ]);
  });
});
