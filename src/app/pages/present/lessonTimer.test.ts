import { describe, expect, it } from "vitest";
import { clockParts, elapsed, parseTimer, paused, reset, resumed, startedAt } from "./lessonTimer";

const MIN = 60_000;

describe("the lesson timer", () => {
  it("counts from its start, stops counting while paused and goes on from there", () => {
    let timer = startedAt(1_000);
    expect(elapsed(timer, 1_000 + 5 * MIN)).toBe(5 * MIN);
    timer = paused(timer, 1_000 + 5 * MIN);
    expect(elapsed(timer, 1_000 + 60 * MIN)).toBe(5 * MIN);
    expect(paused(timer, 1_000 + 70 * MIN)).toBe(timer);
    timer = resumed(timer, 1_000 + 60 * MIN);
    expect(elapsed(timer, 1_000 + 62 * MIN)).toBe(7 * MIN);
    expect(resumed(timer, 1_000 + 63 * MIN)).toBe(timer);
  });

  it("resets to zero and keeps running or paused", () => {
    const running = reset(startedAt(0), 10 * MIN);
    expect(elapsed(running, 11 * MIN)).toBe(MIN);
    const stopped = reset(paused(startedAt(0), 10 * MIN), 12 * MIN);
    expect(elapsed(stopped, 20 * MIN)).toBe(0);
    expect(stopped.since).toBeNull();
  });

  it("never counts back when the clock steps back", () => {
    expect(elapsed(startedAt(10 * MIN), 9 * MIN)).toBe(0);
  });

  it("splits a duration for a clock face", () => {
    expect(clockParts(0)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
    expect(clockParts(12 * MIN + 5_999)).toEqual({ hours: 0, minutes: 12, seconds: 5 });
    expect(clockParts(75 * MIN + 1_000)).toEqual({ hours: 1, minutes: 15, seconds: 1 });
  });

  it("reads back only a well-formed stored timer", () => {
    expect(parseTimer(JSON.stringify(startedAt(5)))).toEqual({ banked: 0, since: 5 });
    expect(parseTimer(JSON.stringify({ banked: 3, since: null }))).toEqual({ banked: 3, since: null });
    for (const bad of [null, "", "{", "[]", "null", '{"banked":-1,"since":null}', '{"banked":"3","since":null}', '{"banked":1}']) {
      expect(parseTimer(bad), String(bad)).toBeNull();
    }
  });
});
