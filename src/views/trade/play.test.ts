import { describe, expect, it } from "vitest";
import { PLAY_IDLE, playReducer, type PlayAction, type PlayState } from "./play";

const years = [1992, 1993, 1995];
const run = (actions: PlayAction[], from: PlayState = PLAY_IDLE) => actions.reduce((s, a) => playReducer(s, a, years), from);

describe("playReducer", () => {
  it("starts at the first year and advances one year per tick, skipping gaps", () => {
    expect(run([{ type: "toggle" }])).toEqual({ playing: true, year: 1992 });
    expect(run([{ type: "toggle" }, { type: "tick" }])).toEqual({ playing: true, year: 1993 });
    expect(run([{ type: "toggle" }, { type: "tick" }, { type: "tick" }])).toEqual({ playing: true, year: 1995 });
  });

  it("shows the whole series again after the last year", () => {
    expect(run([{ type: "toggle" }, { type: "tick" }, { type: "tick" }, { type: "tick" }])).toEqual(PLAY_IDLE);
  });

  it("pauses and resumes where it was", () => {
    const paused = run([{ type: "toggle" }, { type: "tick" }, { type: "toggle" }]);
    expect(paused).toEqual({ playing: false, year: 1993 });
    expect(playReducer(paused, { type: "tick" }, years)).toEqual(paused);
    expect(playReducer(paused, { type: "toggle" }, years)).toEqual({ playing: true, year: 1993 });
  });

  it("plays and pauses on a presentation's word, and a second word of the same kind changes nothing", () => {
    const playing = run([{ type: "play" }, { type: "tick" }]);
    expect(playing).toEqual({ playing: true, year: 1993 });
    expect(playReducer(playing, { type: "play" }, years)).toBe(playing);
    const paused = playReducer(playing, { type: "pause" }, years);
    expect(paused).toEqual({ playing: false, year: 1993 });
    expect(playReducer(paused, { type: "pause" }, years)).toBe(paused);
    expect(playReducer(PLAY_IDLE, { type: "pause" }, years)).toBe(PLAY_IDLE);
  });

  it("stops, and does nothing without years", () => {
    expect(run([{ type: "toggle" }, { type: "stop" }])).toEqual(PLAY_IDLE);
    expect(playReducer(PLAY_IDLE, { type: "toggle" }, [])).toEqual(PLAY_IDLE);
  });
});
