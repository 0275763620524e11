import { describe, expect, it } from "vitest";
import { stepThrough } from "./stepThrough";

const years = [1992, 1993, 1994, 1995, 1996, 1997, 1998];

describe("stepThrough", () => {
  it.each([
    ["steps right with the arrow", 1994, "ArrowRight", 1995],
    ["steps left with the arrow", 1994, "ArrowLeft", 1993],
    ["stops at the last year", 1998, "ArrowRight", 1998],
    ["stops at the first year", 1992, "ArrowLeft", 1992],
    ["starts from the first year, going right with nothing active", null, "ArrowRight", 1992],
    ["starts from the last year, going left with nothing active", null, "ArrowLeft", 1998],
    ["jumps to the first year with Home", 1995, "Home", 1992],
    ["jumps to the last year with End", 1995, "End", 1998],
    ["jumps five years with PageDown", 1992, "PageDown", 1997],
    ["stops PageUp at the first year", 1994, "PageUp", 1992],
    ["treats a year outside the stops as none", 2020, "ArrowRight", 1992],
    ["ignores other keys", 1995, "a", undefined],
  ])("%s", (_, active, key, expected) => {
    expect(stepThrough(years, active, key)).toBe(expected);
  });

  it("ignores empty charts", () => {
    expect(stepThrough([], null, "ArrowRight")).toBeUndefined();
  });

  it("starts over from an item no longer in the list, and ignores ↑ and ↓ in a horizontal one", () => {
    expect(stepThrough(["a", "b", "c"], "gone", "ArrowRight")).toBe("a");
    expect(stepThrough(["a", "b", "c"], "a", "ArrowDown")).toBeUndefined();
    expect(stepThrough(["a", "b", "c"], "a", "Tab")).toBeUndefined();
  });

  it("reads the up and down arrows too in a vertical list", () => {
    expect(stepThrough(["a", "b", "c"], "b", "ArrowDown", { direction: "vertical" })).toBe("c");
    expect(stepThrough(["a", "b", "c"], "b", "ArrowUp", { direction: "vertical" })).toBe("a");
    expect(stepThrough(["a", "b", "c"], "b", "ArrowDown")).toBeUndefined();
  });
});
