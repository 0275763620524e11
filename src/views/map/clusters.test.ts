import { describe, expect, it } from "vitest";
import { clusterPoints, separableBy, zoomToPart, type ClusterPoint } from "./clusters";

const at = (id: string, x: number, y: number): ClusterPoint => ({ id, x, y });
const groups = (points: ClusterPoint[], separation: number) => clusterPoints(points, separation).map((c) => c.ids);

describe("clusterPoints", () => {
  it("leaves points at least the separation apart alone", () => {
    expect(groups([at("a", 0, 0), at("b", 24, 0), at("c", 0, 30)], 24)).toEqual([["a"], ["b"], ["c"]]);
  });

  it("groups points closer than the separation, led by the one with most neighbours", () => {
    // b has two neighbours (a and c); a and c one each: b leads and takes both.
    const clusters = clusterPoints([at("a", 0, 0), at("b", 15, 0), at("c", 30, 0), at("d", 100, 0)], 24);
    expect(clusters.map((c) => [c.leader, c.ids])).toEqual([
      ["b", ["b", "a", "c"]],
      ["d", ["d"]],
    ]);
    // Drawn where its leader is.
    expect([clusters[0]!.x, clusters[0]!.y]).toEqual([15, 0]);
  });

  it("does not chain: a point beyond the leader's reach starts a cluster of its own", () => {
    // Each 20 px from the next: single linkage would make one cluster of all five.
    const line = [0, 20, 40, 60, 80].map((x, i) => at(`p${i}`, x, 0));
    const result = clusterPoints(line, 24);
    expect(result.map((c) => c.ids)).toEqual([
      ["p1", "p0", "p2"],
      ["p3", "p4"],
    ]);
  });

  it("keeps every two drawn clusters at least the separation apart, so their targets never overlap", () => {
    // A fixed scatter of 60 points (a linear congruential sequence, no randomness between runs).
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const points = Array.from({ length: 60 }, (_, i) => at(`p${i}`, Math.round(next() * 300), Math.round(next() * 200)));
    const clusters = clusterPoints(points, 24);
    for (const a of clusters) for (const b of clusters) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(24);
    // Every point is in exactly one cluster.
    expect(clusters.flatMap((c) => c.ids).sort()).toEqual(points.map((p) => p.id).sort());
  });

  it("lets the earlier point lead on a tie, so a caller can put towns first", () => {
    expect(clusterPoints([at("town", 0, 0), at("site", 5, 0)], 24)[0]!.leader).toBe("town");
    expect(clusterPoints([at("site", 5, 0), at("town", 0, 0)], 24)[0]!.leader).toBe("site");
  });

  it("with no separation, draws every point alone", () => {
    expect(groups([at("a", 0, 0), at("b", 0, 0)], 0)).toEqual([["a"], ["b"]]);
  });
});

describe("separableBy", () => {
  it("parts places that some zoom moves apart, not places at one spot", () => {
    expect(separableBy([at("a", 0, 0), at("b", 2, 0)], 24, 15)).toBe(true);
    expect(separableBy([at("a", 0, 0), at("b", 1, 0)], 24, 15)).toBe(false);
    expect(separableBy([at("a", 5, 5), at("b", 5, 5)], 24, 1000)).toBe(false);
  });
});

describe("zoomToPart", () => {
  const map = { width: 400, height: 300, step: 1.6, maxScale: 40 };

  it("spreads the cluster over half the map's smaller side, centred on it", () => {
    expect(zoomToPart([at("a", 100, 50), at("b", 110, 56)], { ...map, from: 1 })).toEqual({ k: 15, x: 105, y: 53 });
  });

  it("zooms in by at least one step, and never past the deepest zoom", () => {
    expect(zoomToPart([at("a", 0, 0), at("b", 300, 0)], { ...map, from: 2 }).k).toBe(3.2);
    expect(zoomToPart([at("a", 0, 0), at("b", 0.1, 0)], { ...map, from: 1 }).k).toBe(40);
    expect(zoomToPart([at("a", 3, 4), at("b", 3, 4)], { ...map, from: 1 }).k).toBe(40);
  });
});
