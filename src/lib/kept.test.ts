import { describe, expect, it, vi } from "vitest";
import { keptBy } from "./kept";

describe("keptBy", () => {
  it("makes a value once per key and returns the kept one after", () => {
    const kept = keptBy<string, number>(10);
    const make = vi.fn(() => 42);
    expect([kept("a", make), kept("a", make)]).toEqual([42, 42]);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("empties the store when it is full, and makes a value again after", () => {
    const kept = keptBy<number, string>(2);
    const make = vi.fn((n: number) => `#${n}`);
    for (const n of [1, 2, 3, 1]) kept(n, () => make(n));
    // 1 and 2 were kept; 3 emptied the store; 1 was made again.
    expect(make.mock.calls.map(([n]) => n)).toEqual([1, 2, 3, 1]);
  });
});
