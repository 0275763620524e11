import { describe, expect, it } from "vitest";
import { toggleFilter } from "./filterToggle";

const ALL = ["oil", "gas", "wind"] as const;

describe("toggleFilter", () => {
  it("hides a shown value and shows a hidden one, keeping the order of all values", () => {
    expect(toggleFilter(ALL, ["oil", "gas", "wind"], "gas")).toEqual({ shown: ["oil", "wind"], refused: false });
    expect(toggleFilter(ALL, ["wind"], "oil")).toEqual({ shown: ["oil", "wind"], refused: false });
  });

  it("refuses to hide the last value left on", () => {
    expect(toggleFilter(ALL, ["gas"], "gas")).toEqual({ shown: ["gas"], refused: true });
  });

  it("ignores values in shown that are not in all", () => {
    expect(toggleFilter(ALL, ["gas", "coal"], "oil")).toEqual({ shown: ["oil", "gas"], refused: false });
  });
});
