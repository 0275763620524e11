import { describe, expect, it } from "vitest";
import shipped from "../../../data/timeline.json";
import { inLanguage } from "../../data/inLanguage";
import { timelineFileSchema, type TimelineFile } from "../../data/schemas/timeline";
import { positionOf } from "../../lib/partialDate";
import { timeDomain } from "./compute";
import { ladder } from "../../data/derive/timeline";
import { axisYearTicks, horizontalLayout, MIN_TARGET, timeScale, type HorizontalInput, type HorizontalLayout } from "./horizontalLayout";
import { timelineFixture } from "../../../tests/fixtures/timeline";
import { estimateWidth } from "../../lib/textWidth";

const TODAY = Date.UTC(2026, 10, 23);
const fixture = inLanguage(timelineFileSchema.parse(timelineFixture), "en");
const real = inLanguage(timelineFileSchema.parse(shipped), "en");

function input(file: TimelineFile, width: number, overrides: Partial<HorizontalInput> = {}): HorizontalInput {
  return {
    width,
    fontSize: 16,
    domain: timeDomain(file, TODAY),
    today: TODAY,
    levels: ladder(file).map((l) => ({
      id: l.id,
      eventId: file.events.find((e) => e.level === l.id)?.id ?? null,
      time: positionOf(l.date, l.precision),
      name: l.name,
      dateLabel: l.date,
    })),
    events: file.events
      .filter((e) => !e.level)
      .map((e) => ({ id: e.id, time: positionOf(e.date, e.precision), title: e.title, major: Boolean(e.major) })),
    measure: estimateWidth,
    ...overrides,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

describe("horizontalLayout: scales", () => {
  it("maps time onto pixels on a straight line", () => {
    const x = timeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [0, 500]);
    expect(x(Date.UTC(2000, 0, 1))).toBe(0);
    expect(x(Date.UTC(2010, 0, 1))).toBe(500);
    expect(x((Date.UTC(2000, 0, 1) + Date.UTC(2010, 0, 1)) / 2)).toBe(250);
    expect(x(Date.UTC(1990, 0, 1))).toBeLessThan(0);
    // An empty domain does not divide by zero.
    expect(timeScale([5, 5], [0, 100])(5)).toBe(0);
  });

  it("maps the time domain onto the plot's width, inside the margins", () => {
    const layout = horizontalLayout(input(fixture, 1000));
    expect(layout.margin.left).toBe(12);
    expect(layout.innerWidth).toBe(976);
    expect(layout.x(Date.UTC(1991, 0, 1))).toBe(0);
    expect(round(layout.x(TODAY))).toBe(976);
  });

  it("labels years at a step their labels fit, and marks today at the right end", () => {
    const wide = horizontalLayout(input(fixture, 1200));
    const narrow = horizontalLayout(input(fixture, 640));
    const years = (l: typeof wide) => l.axis.ticks.map((t) => Number(t.label));
    expect(years(wide)).toEqual([1992, 1994, 1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]);
    expect(years(narrow)).toEqual([1995, 2000, 2005, 2010, 2015, 2020]);
    expect(round(wide.axis.todayX!)).toBe(round(wide.innerWidth));
  });

  it("drops the year label that would crowd today's", () => {
    const ticks = axisYearTicks([Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 20)], (t) => (t - Date.UTC(2020, 0, 1)) / 86_400_000, 50);
    expect(ticks.map((t) => t.label)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    const layout = horizontalLayout(
      input(fixture, 1200, { domain: [Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 20)], today: Date.UTC(2026, 0, 20) }),
    );
    expect(layout.axis.ticks.map((t) => t.label)).not.toContain("2026");
  });
});

describe("horizontalLayout: the ladder", () => {
  const layout = horizontalLayout(input(fixture, 1000));
  const { steps, rowHeight, ground } = layout.ladder;

  it("steps up at each rung's date: each tread one row above the last", () => {
    expect(steps.map((s) => s.id)).toEqual([
      "diplomatic-relations",
      "strategic-partnership",
      "comprehensive-strategic-partnership",
      "permanent-comprehensive-strategic-partnership",
    ]);
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]!.x).toBeGreaterThan(steps[i - 1]!.x);
      expect(round(steps[i - 1]!.y - steps[i]!.y)).toBe(round(rowHeight));
    }
    expect(round(steps[0]!.x)).toBe(round(layout.x(Date.UTC(1992, 0, 3, 12))));
    // The first rung rises from the ground like the others.
    expect(ground).toBeGreaterThan(steps[0]!.y);
  });

  it("draws the staircase from the ground up to the last rung and on to today", () => {
    const corners = [...layout.ladder.path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)]
      .map((m) => `${round(Number(m[1]))},${round(Number(m[2]))}`)
      .filter((p, i, all) => p !== all[i - 1]);
    const at = (x: number, y: number) => `${round(x)},${round(y)}`;
    const [s1, s2, s3, s4] = steps;
    expect(corners).toEqual([
      at(s1!.x, ground),
      at(s1!.x, s1!.y),
      at(s2!.x, s1!.y),
      at(s2!.x, s2!.y),
      at(s3!.x, s2!.y),
      at(s3!.x, s3!.y),
      at(s4!.x, s3!.y),
      at(s4!.x, s4!.y),
      at(layout.innerWidth, s4!.y),
    ]);
  });

  it("names each rung above its tread, clear of the next riser and inside the plot", () => {
    steps.forEach((step, i) => {
      const label = step.label!;
      const left = label.anchor === "start" ? label.x : label.x - label.width;
      const right = left + label.width;
      const nextRiser = steps[i + 1]?.x ?? layout.innerWidth;
      expect(left, step.id).toBeGreaterThanOrEqual(0);
      expect(right, step.id).toBeLessThanOrEqual(Math.min(nextRiser, layout.innerWidth) + 1e-9);
      expect(label.top).toBeGreaterThanOrEqual(step.y - rowHeight);
      expect(label.lines.join(" ")).toBe(fixture.levels[i]!.name);
    });
    // From its own riser when there is room; the last, two years wide, reaches back left instead.
    expect(steps[0]!.label!.anchor).toBe("start");
    expect(steps[3]!.label!.anchor).toBe("end");
  });

  it("wraps a name that does not fit, and makes every row tall enough for it", () => {
    const narrow = horizontalLayout(input(fixture, 300));
    const last = narrow.ladder.steps[3]!.label!;
    expect(last.lines.length).toBeGreaterThan(1);
    expect(narrow.ladder.rowHeight).toBeGreaterThan(layout.ladder.rowHeight);
  });

  it("in a zoomed period, leaves out rungs outside it and does not name a sliver at its edge", () => {
    const zoomed = horizontalLayout(input(fixture, 1000, { domain: [Date.UTC(2011, 0, 1), Date.UTC(2019, 11, 31)] }));
    const byId = Object.fromEntries(zoomed.ladder.steps.map((s) => [s.id, s]));
    expect(byId["diplomatic-relations"]!.visible).toBe(false);
    expect(byId["strategic-partnership"]!.visible).toBe(true);
    expect(byId["strategic-partnership"]!.label).toBeNull();
    expect(byId["comprehensive-strategic-partnership"]!.label).not.toBeNull();
  });

  it("scales with the font size, for large type", () => {
    const big = horizontalLayout(input(fixture, 1000, { fontSize: 24 }));
    expect(round(big.ladder.rowHeight / layout.ladder.rowHeight)).toBe(1.5);
    expect(big.height).toBeGreaterThan(layout.height);
  });
});

describe("horizontalLayout: events on the shipped data", () => {
  for (const width of [640, 900, 1240, 2400]) {
    it(`at ${width} px: every marker drawn, none overlapping, no label touching another or a marker`, () => {
      const layout = horizontalLayout(input(real, width));
      const { markers, laneHeight } = layout.band;
      expect(markers).toHaveLength(real.events.filter((e) => !e.level).length);
      expect(laneHeight).toBeGreaterThanOrEqual(MIN_TARGET);
      const byLane = new Map<number, typeof markers>();
      for (const m of markers) byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), m]);
      for (const lane of byLane.values()) {
        const spans = lane.flatMap((m) => [
          { id: m.id, from: m.x - laneHeight / 2, to: m.x + laneHeight / 2 },
          ...(m.label ? [{ id: m.id, from: m.label.from, to: m.label.to }] : []),
        ]);
        for (const a of spans)
          for (const b of spans) {
            if (a.id === b.id) continue;
            expect(a.from < b.to && b.from < a.to, `${a.id} / ${b.id}`).toBe(false);
          }
      }
      for (const m of markers) {
        if (!m.label) continue;
        expect(m.label.from).toBeGreaterThanOrEqual(0);
        expect(m.label.to).toBeLessThanOrEqual(layout.innerWidth);
      }
      // The turning points are named first: all of them once there is room.
      const majors = markers.filter((m) => real.events.find((e) => e.id === m.id)?.major);
      if (width >= 900) expect(majors.filter((m) => m.label).length).toBe(majors.length);
    });
  }

  it("sits the event lanes between the ladder's ground and the axis", () => {
    const layout = horizontalLayout(input(real, 1240));
    const ys = layout.band.markers.map((m) => m.y);
    expect(Math.min(...ys)).toBeGreaterThan(layout.ladder.ground);
    expect(Math.max(...ys)).toBeLessThan(layout.axis.y);
    expect(layout.height).toBeGreaterThan(layout.axis.y + layout.margin.top);
  });
});

describe("horizontalLayout: fitted to a height (a slide)", () => {
  /** The shipped data as a slide gets it: each rung's compact name, small type, a height to fit. */
  const slide = (width: number, height: number, fontSize = 13.75) => {
    const base = input(real, width, { fontSize });
    const levels = base.levels.map((l) => ({ ...l, compactName: `${l.name} (${l.dateLabel.slice(0, 4)})` }));
    return horizontalLayout({ ...base, levels, fit: { height, minFont: 12 } });
  };

  it("is exactly the height asked for, with the axis and every lane inside it", () => {
    for (const [width, height] of [
      [622, 256],
      [779, 333],
      [1247, 533],
      [997, 618],
    ] as const) {
      const layout = slide(width, height);
      expect(layout.height, `${width}×${height}`).toBe(height);
      expect(layout.margin.top + layout.axis.y + layout.fonts.tick * 1.45).toBeLessThanOrEqual(height);
      for (const m of layout.band.markers) {
        expect(m.y).toBeGreaterThan(layout.ladder.ground);
        expect(m.y).toBeLessThan(layout.axis.y);
      }
      expect(layout.band.markers).toHaveLength(real.events.filter((e) => !e.level).length);
    }
  });

  it("names every rung on one line with its year, and no date line", () => {
    const layout = slide(622, 256);
    expect(layout.ladder.steps.map((s) => [s.label?.lines, s.label?.dateLine])).toEqual([
      [["Diplomatic relations (1992)"], null],
      [["Strategic partnership (2005)"], null],
      [["Comprehensive strategic partnership (2011)"], null],
      [["Permanent comprehensive strategic partnership (2019)"], null],
    ]);
  });

  it("never sets text below the floor, however small the view's font", () => {
    const { fonts } = slide(622, 256, 9);
    expect(Math.min(fonts.level, fonts.date, fonts.label, fonts.tick)).toBe(12);
  });

  it("gives the ladder the height the events do not need, its labels staying on their treads", () => {
    const short = slide(997, 500);
    const tall = slide(997, 800);
    expect(tall.ladder.rowHeight).toBeGreaterThan(short.ladder.rowHeight);
    const gap = (l: HorizontalLayout) => round(l.ladder.steps[0]!.y - l.ladder.steps[0]!.label!.top);
    expect(gap(tall)).toBe(gap(short));
  });

  it("keeps the whole ladder even where it cannot fit: the chart is then taller than asked", () => {
    const layout = slide(622, 120);
    expect(layout.height).toBeGreaterThan(120);
    expect(layout.ladder.steps.every((s) => s.label !== null)).toBe(true);
    expect(layout.band.lanes).toBe(1);
  });

  it("leaves the full view as it was when no height is given", () => {
    const layout = horizontalLayout(input(real, 622, { fontSize: 9 }));
    expect(layout.fonts.label).toBeCloseTo(9 * 0.8125);
    expect(layout.ladder.steps[0]!.label!.dateLine).toBe("1992-01-03");
    expect(layout.band.laneHeight).toBe(MIN_TARGET);
  });
});
