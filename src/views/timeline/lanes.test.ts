import { describe, expect, it } from "vitest";
import { laneCount, placeInLanes, type LaneItem, type Placement } from "./lanes";

const OPTIONS = { width: 400, markerGap: 24, labelOffset: 10, labelGap: 6, maxLabelLanes: 2 };

/** Everything a lane holds, as [from, to] spans: each marker's target, and each label with its gap. */
function spansByLane(placements: readonly Placement[]) {
  const lanes = new Map<number, [number, number, string][]>();
  for (const p of placements) {
    const list = lanes.get(p.lane) ?? [];
    list.push([p.x - OPTIONS.markerGap / 2, p.x + OPTIONS.markerGap / 2, `${p.id} marker`]);
    if (p.label) list.push([p.label.from, p.label.to + (p.label.side === "right" ? OPTIONS.labelGap : 0), `${p.id} label`]);
    lanes.set(p.lane, list);
  }
  return lanes;
}

function expectNoOverlaps(placements: readonly Placement[]) {
  for (const [lane, spans] of spansByLane(placements)) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++) {
      const [prev, cur] = [sorted[i - 1]!, sorted[i]!];
      // A marker's own label starts inside its target area; only spans of different items must not meet.
      if (prev[2].split(" ")[0] === cur[2].split(" ")[0]) continue;
      expect(cur[0], `lane ${lane}: ${prev[2]} / ${cur[2]}`).toBeGreaterThanOrEqual(prev[1] - 1e-9);
    }
  }
}

describe("placeInLanes", () => {
  it("keeps markers that are far apart in the first lane, labelled", () => {
    const placed = placeInLanes(
      [
        { id: "a", x: 20, labelWidth: 60 },
        { id: "b", x: 200, labelWidth: 60 },
      ],
      OPTIONS,
    );
    expect(placed.map((p) => [p.id, p.lane, p.label?.side])).toEqual([
      ["a", 0, "right"],
      ["b", 0, "right"],
    ]);
    expect(placed[0]!.label).toEqual({ side: "right", from: 30, to: 90 });
  });

  it("stacks markers closer than their targets into lanes", () => {
    const items: LaneItem[] = [0, 5, 10, 15].map((d, i) => ({ id: `e${i}`, x: 100 + d, labelWidth: 0 }));
    const placed = placeInLanes(items, OPTIONS);
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 2, 3]);
    expect(laneCount(placed)).toBe(4);
    expectNoOverlaps(placed);
  });

  it("puts a label on the left when the right edge is too near", () => {
    const [p] = placeInLanes([{ id: "late", x: 380, labelWidth: 100 }], OPTIONS);
    expect(p!.label).toEqual({ side: "left", from: 270, to: 370 });
  });

  it("labels in priority order: the first item given gets the room", () => {
    const placed = placeInLanes(
      [
        { id: "major", x: 200, labelWidth: 150 },
        { id: "minor", x: 190, labelWidth: 150 },
        { id: "third", x: 210, labelWidth: 150 },
      ],
      OPTIONS,
    );
    const byId = Object.fromEntries(placed.map((p) => [p.id, p]));
    expect(byId.major!.lane).toBe(0);
    expect(byId.major!.label).not.toBeNull();
    expect(byId.minor!.lane).toBe(1);
    // The two label lanes are taken: the third goes below as a marker, and is labelled only
    // because its own lane has room left.
    expect(byId.third!.lane).toBe(2);
    expect(byId.third!.label?.side).toBe("right");
    expectNoOverlaps(placed);
  });

  it("never lets a label leave the plot", () => {
    const placed = placeInLanes([{ id: "wide", x: 200, labelWidth: 500 }], OPTIONS);
    expect(placed[0]!.label).toBeNull();
  });

  it("keeps to a lane cap: a marker with no room left shares the lane where it overlaps least", () => {
    const items: LaneItem[] = [
      { id: "a", x: 100, labelWidth: 0 },
      { id: "b", x: 105, labelWidth: 0 },
      { id: "c", x: 140, labelWidth: 0 },
      { id: "d", x: 120, labelWidth: 0 },
    ];
    const placed = placeInLanes(items, { ...OPTIONS, maxLanes: 2 });
    expect(laneCount(placed)).toBe(2);
    // d has no free room in either lane: its target overlaps a's by 4 px and b's by 9, so it goes beside a;
    // c, placed after it, still finds room beside b.
    expect(placed.map((p) => [p.id, p.lane])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 1],
      ["d", 0],
    ]);
    // Uncapped, the same items take a third lane and never overlap.
    const free = placeInLanes(items, OPTIONS);
    expect(laneCount(free)).toBe(3);
    expectNoOverlaps(free);
  });

  it("never opens a lane for a label", () => {
    const dense: LaneItem[] = Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`,
      x: 10 + ((i * 37) % 380),
      labelWidth: 40 + (i % 5) * 30,
    }));
    const bare = placeInLanes(
      dense.map((d) => ({ ...d, labelWidth: 0 })),
      OPTIONS,
    );
    const labelled = placeInLanes(dense, OPTIONS);
    expect(laneCount(labelled)).toBeLessThanOrEqual(laneCount(bare) + OPTIONS.maxLabelLanes);
    expect(labelled.filter((p) => p.label).length).toBeGreaterThan(5);
    expectNoOverlaps(labelled);
    for (const p of labelled) {
      if (!p.label) continue;
      expect(p.label.from).toBeGreaterThanOrEqual(0);
      expect(p.label.to).toBeLessThanOrEqual(OPTIONS.width);
    }
  });
});
