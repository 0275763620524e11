import { describe, expect, it } from "vitest";
import { uniqueIds } from "./uniqueIds";

describe("uniqueIds", () => {
  it("keeps the first appearance of each id, across lists", () => {
    expect(uniqueIds(["a", "b", "a"], [], ["c", "b"])).toEqual(["a", "b", "c"]);
    expect(uniqueIds()).toEqual([]);
  });
});
