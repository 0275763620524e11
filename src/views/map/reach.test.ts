import { describe, expect, it } from "vitest";
import { distanceTo, hitTest, type Target } from "./reach";

const point = (id: string, x: number, y: number, r = 12): Target => ({ id, kind: "point", x, y, r });
const line = (id: string, ...points: [number, number][]): Target => ({ id, kind: "line", parts: [points] });

describe("distanceTo", () => {
  it("measures to a point's centre and to a route's nearest segment", () => {
    expect(distanceTo([3, 4], point("a", 0, 0))).toBe(5);
    expect(distanceTo([5, 7], line("r", [0, 0], [10, 0]))).toBe(7);
    expect(distanceTo([-3, 4], line("r", [0, 0], [10, 0]))).toBe(5);
    expect(distanceTo([0, 0], { id: "r", kind: "line", parts: [[[30, 40]]] })).toBe(50);
  });
});

describe("hitTest", () => {
  it("opens the one point under the finger, even with a route and another point within reach", () => {
    const targets = [line("road", [0, 10], [100, 10]), point("gateway", 50, 0), point("station", 74, 0)];
    expect(hitTest([52, 3], targets, 22)).toEqual({ kind: "one", id: "gateway" });
  });

  it("asks which, when the finger is on two discs at once", () => {
    expect(hitTest([10, 0], [point("a", 0, 0), point("b", 18, 0)], 22)).toEqual({ kind: "several", ids: ["b", "a"] });
  });

  it("between targets, counts what lies within reach, nearest first", () => {
    const targets = [line("road", [0, 30], [100, 30]), point("gateway", 50, 0)];
    expect(hitTest([50, 17], targets, 22)).toEqual({ kind: "several", ids: ["road", "gateway"] });
    expect(hitTest([50, 40], targets, 22)).toEqual({ kind: "one", id: "road" });
  });

  it("finds nothing beyond reach; a mouse's reach is narrow", () => {
    const targets = [line("road", [0, 30], [100, 30]), point("gateway", 50, 0, 10)];
    expect(hitTest([50, 70], targets, 22)).toEqual({ kind: "none" });
    expect(hitTest([50, 20], targets, 7)).toEqual({ kind: "none" });
    expect(hitTest([50, 25], targets, 7)).toEqual({ kind: "one", id: "road" });
  });
});
