import { describe, expect, it } from "vitest";
import { corridorExit } from "./corridor";

const frame = { x0: 0, y0: 0, x1: 100, y1: 60 };

describe("corridorExit", () => {
  it("finds where the line leaves the frame, and its heading there", () => {
    const exit = corridorExit(
      [
        [10, 30],
        [50, 30],
        [150, 40],
      ],
      frame,
      [],
    )!;
    expect([exit.x, exit.y]).toEqual([100, 35]);
    expect(Math.round(exit.angle)).toBe(6);
  });

  it("stops where the line runs under something drawn over the map (the inset)", () => {
    const exit = corridorExit(
      [
        [10, 30],
        [90, 50],
        [150, 55],
      ],
      frame,
      [{ x0: 70, y0: 40, x1: 100, y1: 60 }],
    )!;
    expect([exit.x, exit.y]).toEqual([70, 45]);
  });

  it("takes the last exit when the line leaves and comes back", () => {
    const exit = corridorExit(
      [
        [10, 30],
        [50, -20],
        [80, 30],
        [200, 30],
      ],
      frame,
      [],
    )!;
    expect([exit.x, exit.y]).toEqual([100, 30]);
  });

  it("says nothing when no part of the line is in view, or it ends in view", () => {
    expect(
      corridorExit(
        [
          [-50, 10],
          [-10, 10],
        ],
        frame,
        [],
      ),
    ).toBeNull();
    expect(
      corridorExit(
        [
          [10, 10],
          [150, 10],
          [60, 10],
        ],
        frame,
        [],
      ),
    ).toBeNull();
  });
});
