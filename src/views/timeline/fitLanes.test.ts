import { describe, expect, it } from "vitest";
import shipped from "../../../data/timeline.json";
import { inLanguage } from "../../data/inLanguage";
import { timelineFileSchema } from "../../data/schemas/timeline";
import { positionOf } from "../../lib/partialDate";
import { estimateWidth } from "../../lib/textWidth";
import { timeDomain } from "./compute";
import { fitLanes, type FitItem, type FitOptions, type LabelChoice } from "./fitLanes";
import { timeScale } from "./horizontalLayout";
import { placeInLanes, type Placement } from "./lanes";

const real = inLanguage(timelineFileSchema.parse(shipped), "en");
const WIDTH = 1000;
const x = timeScale(timeDomain(real, Date.UTC(2026, 10, 23)), [0, WIDTH]);
/** The shipped events in priority order, turning points first, labelled at 13 px. */
const items: FitItem[] = real.events
  .filter((e) => !e.level)
  .map((e) => ({ id: e.id, x: x(positionOf(e.date, e.precision)), labelWidth: estimateWidth(e.title, 13), major: Boolean(e.major) }))
  .sort((a, b) => Number(b.major) - Number(a.major) || a.x - b.x);
const OPTIONS: Omit<FitOptions, "room"> = { width: WIDTH, pitch: 24, minPitch: 16, labelOffset: 10, labelGap: 5, maxLabelLanes: 5 };

/** Markers that share a lane closer than the pitch. */
function crowdedPairs(placements: readonly Placement[], pitch: number) {
  return placements.filter((a) => placements.some((b) => a !== b && a.lane === b.lane && Math.abs(a.x - b.x) < pitch - 1e-9));
}

describe("fitLanes", () => {
  it("with room for the full view's lanes, places and labels the events as the full view does", () => {
    const fitted = fitLanes(items, { ...OPTIONS, room: 2000 });
    expect(fitted).toMatchObject({ labels: "all", pitch: 24, crowded: false });
    expect(fitted.placements).toEqual(placeInLanes(items, { ...OPTIONS, markerGap: 24 }));
  });

  it("gives things up in order as the room shrinks: ordinary labels, then pitch, then the turning points' labels", () => {
    const rank: Record<LabelChoice, number> = { all: 0, "turning-points": 1, none: 2 };
    let last = { rank: 0, pitch: 24 };
    const seen = new Set<LabelChoice>();
    for (let room = 400; room >= 40; room -= 8) {
      const fitted = fitLanes(items, { ...OPTIONS, room });
      seen.add(fitted.labels);
      expect(rank[fitted.labels], `room ${room}`).toBeGreaterThanOrEqual(last.rank);
      // Within one choice of labels, the pitch only tightens.
      if (rank[fitted.labels] === last.rank) expect(fitted.pitch, `room ${room}`).toBeLessThanOrEqual(last.pitch);
      expect(fitted.pitch).toBeGreaterThanOrEqual(OPTIONS.minPitch);
      expect(fitted.placements).toHaveLength(items.length);
      if (!fitted.crowded) {
        expect(fitted.lanes * fitted.pitch, `room ${room}`).toBeLessThanOrEqual(room);
        expect(crowdedPairs(fitted.placements, fitted.pitch)).toEqual([]);
      }
      const labelled = fitted.placements.filter((p) => p.label).map((p) => items.find((i) => i.id === p.id)!);
      if (fitted.labels === "turning-points") expect(labelled.every((i) => i.major)).toBe(true);
      if (fitted.labels === "none") expect(labelled).toEqual([]);
      last = { rank: rank[fitted.labels], pitch: fitted.pitch };
    }
    expect([...seen]).toEqual(["all", "turning-points", "none"]);
  });

  it("when even bare markers at the tightest pitch do not fit, caps the lanes and lets markers share them", () => {
    const fitted = fitLanes(items, { ...OPTIONS, room: 50 });
    expect(fitted).toMatchObject({ labels: "none", pitch: 16, lanes: 3, crowded: true });
    expect(fitted.placements).toHaveLength(items.length);
    expect(Math.max(...fitted.placements.map((p) => p.lane))).toBe(2);
    // No room at all still draws every marker, in one lane.
    expect(fitLanes(items, { ...OPTIONS, room: 0 }).lanes).toBe(1);
  });
});
