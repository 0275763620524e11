import { describe, expect, it } from "vitest";
import { yearForKey } from "./yearNavigation";

const years = [1992, 1993, 1994, 1995, 1996, 1997, 1998];

describe("yearForKey", () => {
  it("steps with the arrows and stops at the ends", () => {
    expect(yearForKey(years, 1994, "ArrowRight")).toBe(1995);
    expect(yearForKey(years, 1994, "ArrowLeft")).toBe(1993);
    expect(yearForKey(years, 1998, "ArrowRight")).toBe(1998);
    expect(yearForKey(years, 1992, "ArrowLeft")).toBe(1992);
  });

  it("starts from the nearer end when nothing is active", () => {
    expect(yearForKey(years, null, "ArrowRight")).toBe(1992);
    expect(yearForKey(years, null, "ArrowLeft")).toBe(1998);
  });

  it("jumps with Home, End and the page keys", () => {
    expect(yearForKey(years, 1995, "Home")).toBe(1992);
    expect(yearForKey(years, 1995, "End")).toBe(1998);
    expect(yearForKey(years, 1992, "PageDown")).toBe(1997);
    expect(yearForKey(years, 1994, "PageUp")).toBe(1992);
  });

  it("ignores other keys and empty charts", () => {
    expect(yearForKey(years, 1995, "a")).toBeUndefined();
    expect(yearForKey([], null, "ArrowRight")).toBeUndefined();
  });

  it("treats a year outside the stops as none", () => {
    expect(yearForKey(years, 2020, "ArrowRight")).toBe(1992);
  });
});
