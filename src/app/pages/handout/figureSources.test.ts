import { describe, expect, it } from "vitest";
import { figureSources } from "./figureSources";

describe("figureSources", () => {
  it("takes each figure's first source before any figure's second", () => {
    const figures = [{ sourceIds: ["a", "b", "c"] }, { sourceIds: ["b", "d"] }, { sourceIds: [] }, { sourceIds: ["e"] }];
    expect(figureSources(figures)).toEqual(["a", "b", "e", "d", "c"]);
    // Cut to three, every figure with a source keeps one.
    expect(figureSources(figures).slice(0, 3)).toEqual(["a", "b", "e"]);
  });

  it("is empty without figures", () => {
    expect(figureSources([])).toEqual([]);
  });
});
