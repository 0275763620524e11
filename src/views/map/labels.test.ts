import { describe, expect, it } from "vitest";
import { geographySchema } from "../../data/schemas/geography";
import { toGeography } from "./geography";
import { boxesOverlap, estimateTextWidth, labelAt, placeLabels, symbolBox, type LabelCandidate } from "./labels";
import { shippedGeographyText, shippedPlaces } from "../../../tests/fixtures/shipped";
import { buildMarks, countryAnchors, LABEL_SIZES, labelCandidates, symbolObstacles } from "./mapLayout";
import { fitProjection, mapSize } from "./projection";
import { IDENTITY } from "./view";

const candidate = (id: string, x: number, y: number, priority: number, text = id): LabelCandidate => ({
  id,
  text,
  x,
  y,
  priority,
  fontSize: 10,
  radius: 4,
  sides: ["right", "left", "above", "below"],
});
const bounds = { width: 400, height: 300 };

describe("estimateTextWidth", () => {
  it("counts Han characters as a full em and others as about 0.6 em", () => {
    expect(estimateTextWidth("Almaty", 10)).toBeCloseTo(36);
    expect(estimateTextWidth("阿拉木图", 10)).toBe(40);
    expect(estimateTextWidth("ABCD", 10, 0.1)).toBeCloseTo(28);
  });
});

describe("placeLabels", () => {
  it("puts a label to the right of its symbol when there is room", () => {
    const [label] = placeLabels([candidate("a", 100, 100, 1)], [], bounds);
    expect(label).toMatchObject({ id: "a", anchor: "start", x: 107, y: 100 });
  });

  it("tries the other sides, in order, when the right is taken or outside", () => {
    const [label] = placeLabels([candidate("edge", 395, 100, 1)], [], bounds);
    expect(label?.anchor).toBe("end");
  });

  it("places higher priorities first and leaves out a label that fits nowhere", () => {
    const crowd = [candidate("low", 100, 100, 1, "Lowly"), candidate("high", 101, 100, 9, "Highly")];
    // A corridor: room to the right of "high" only; "low" is hemmed in on every side.
    const hemmed = [symbolBox("n", 100, 78, 12), symbolBox("s", 100, 122, 12), symbolBox("w", 70, 100, 12)];
    const placed = placeLabels(crowd, hemmed, bounds);
    expect(placed.map((l) => l.id)).toEqual(["high"]);
  });

  it("never overlaps two labels, nor a label and another symbol", () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      candidate(`p${i}`, 20 + ((i * 37) % 360), 20 + ((i * 53) % 260), i % 7, `Place ${i}`),
    );
    const symbols = many.map((c) => symbolBox(c.id, c.x, c.y, c.radius));
    const placed = placeLabels(many, symbols, bounds);
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
      for (const s of symbols) if (s.id !== a.id) expect([a.id, s.id, boxesOverlap(a.box, s)]).toEqual([a.id, s.id, false]);
    }
  });

  it("does not let a symbol stacked on the anchor block its label", () => {
    const [label] = placeLabels([candidate("town", 100, 100, 1)], [symbolBox("site", 101, 100, 4)], bounds);
    expect(label?.id).toBe("town");
  });

  it("names the selected place even over other symbols, but never over another label", () => {
    const selected = { ...candidate("selected", 100, 100, 99), overSymbols: true };
    const crowd = [symbolBox("e", 120, 100, 10), symbolBox("w", 80, 100, 10)];
    expect(placeLabels([selected], crowd, bounds).map((l) => l.id)).toEqual(["selected"]);
    expect(placeLabels([candidate("plain", 100, 100, 1)], crowd, bounds)).toEqual([]);
  });

  it("nudges a centred name off its point when the point is taken", () => {
    const country: LabelCandidate = {
      ...candidate("country:Kazakhstan", 200, 150, 5, "KAZAKHSTAN"),
      radius: 0,
      sides: ["center"],
      offset: 20,
    };
    const [free] = placeLabels([country], [], bounds);
    expect([free?.x, free?.y, free?.anchor]).toEqual([200, 150, "middle"]);
    const [nudged] = placeLabels([country], [symbolBox("site", 200, 150, 6)], bounds);
    expect([nudged?.x, nudged?.y]).toEqual([200, 130]);
  });

  it("sizes a label's box from its text, with padding", () => {
    const { box } = labelAt(candidate("a", 0, 50, 1, "abcde"), "right");
    expect([box.x1 - box.x0, box.y1 - box.y0]).toEqual([34, 16]);
  });
});

describe("the shipped map at its default zoom", () => {
  const places = shippedPlaces();
  const geography = toGeography(geographySchema.parse(JSON.parse(shippedGeographyText())));

  it.each([375, 820, 1400])("labels a %i px map without any two labels colliding", (containerWidth) => {
    const { width, height } = mapSize(containerWidth);
    const projection = fitProjection(width, height);
    const marks = buildMarks(places.features, projection);
    const anchors = countryAnchors(geography.countries, projection, "en");
    const candidates = labelCandidates(marks, anchors, IDENTITY, LABEL_SIZES, (f) => f.properties.name, null);
    const obstacles = symbolObstacles(marks, IDENTITY);
    const placed = placeLabels(candidates, obstacles, { width, height });
    const ids = placed.map((l) => l.id);
    expect(ids).toContain("country:China");
    expect(ids).toContain("country:Kazakhstan");
    // Each focus country's name stands inside that country, not in a neighbour.
    for (const name of ["Kazakhstan", "China"]) {
      const label = placed.find((l) => l.id === `country:${name}`)!;
      expect([name, anchors.find((a) => a.name === name)!.contains(label.x, label.y)]).toEqual([name, true]);
    }
    if (containerWidth >= 820) expect(ids).toEqual(expect.arrayContaining(["lianyungang", "astana", "turgusun-1-hpp", "khorgos"]));
    const withSelection = placeLabels(
      labelCandidates(marks, anchors, IDENTITY, LABEL_SIZES, (f) => f.properties.name, "zhanatas-wind-farm"),
      obstacles,
      { width, height },
    );
    expect(withSelection.map((l) => l.id)).toContain("zhanatas-wind-farm");
    for (const [i, a] of placed.entries()) {
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(width);
      for (const b of placed.slice(i + 1)) expect([a.id, b.id, boxesOverlap(a.box, b.box)]).toEqual([a.id, b.id, false]);
    }
  });
});
