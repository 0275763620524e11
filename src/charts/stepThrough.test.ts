import { describe, expect, it } from "vitest";
import { stepThrough } from "./stepThrough";

const years = [1992, 1993, 1994, 1995, 1996, 1997, 1998];

describe("stepThrough", () => {
  it("steps with the arrows and stops at the ends", () => {
    expect(stepThrough(years, 1994, "ArrowRight")).toBe(1995);
    expect(stepThrough(years, 1994, "ArrowLeft")).toBe(1993);
    expect(stepThrough(years, 1998, "ArrowRight")).toBe(1998);
    expect(stepThrough(years, 1992, "ArrowLeft")).toBe(1992);
  });

  it("starts from the nearer end when nothing is active", () => {
    expect(stepThrough(years, null, "ArrowRight")).toBe(1992);
    expect(stepThrough(years, null, "ArrowLeft")).toBe(1998);
  });

  it("jumps with Home, End and the page keys", () => {
    expect(stepThrough(years, 1995, "Home")).toBe(1992);
    expect(stepThrough(years, 1995, "End")).toBe(1998);
    expect(stepThrough(years, 1992, "PageDown")).toBe(1997);
    expect(stepThrough(years, 1994, "PageUp")).toBe(1992);
  });

  it("ignores other keys and empty charts", () => {
    expect(stepThrough(years, 1995, "a")).toBeUndefined();
    expect(stepThrough([], null, "ArrowRight")).toBeUndefined();
  });

  it("reads the up and down arrows too in a vertical list", () => {
    expect(stepThrough(["a", "b", "c"], "b", "ArrowDown", { direction: "vertical" })).toBe("c");
    expect(stepThrough(["a", "b", "c"], "b", "ArrowUp", { direction: "vertical" })).toBe("a");
    expect(stepThrough(["a", "b", "c"], "b", "ArrowDown")).toBeUndefined();
  });

  it("treats a year outside the stops as none", () => {
    expect(stepThrough(years, 2020, "ArrowRight")).toBe(1992);
  });
});
