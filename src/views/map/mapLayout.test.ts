import { describe, expect, it } from "vitest";
import { inLanguage } from "../../data/inLanguage";
import { placesFileSchema } from "../../data/schemas/places";
import { mapPlaces } from "../../../tests/fixtures/places";
import { buildMarks, labelCandidates, LABEL_SIZES, navigationOrder } from "./mapLayout";
import { fitProjection } from "./projection";
import { centredView, IDENTITY, toScreen } from "./view";

const file = inLanguage(placesFileSchema.parse(mapPlaces), "en");
const projection = fitProjection(800, 480);

describe("buildMarks", () => {
  const marks = buildMarks(file.features, projection);

  it("draws routes first, so the sites' symbols sit on top", () => {
    expect(marks.map((m) => m.id).slice(0, 2)).toEqual(["oil-atasu-alashankou", "road-western-europe-western-china"]);
    expect(marks.slice(0, 2).every((m) => m.radius === 0 && m.d.startsWith("M"))).toBe(true);
  });

  it("draws towns under the sites, so a click on a site that sits on its town finds the site", () => {
    const points = marks.filter((m) => m.radius > 0);
    const firstSite = points.findIndex((m) => m.feature.properties.category !== "city");
    expect(points.slice(0, firstSite).every((m) => m.feature.properties.category === "city")).toBe(true);
    expect(points.slice(firstSite).some((m) => m.feature.properties.category === "city")).toBe(false);
    expect(points.some((m) => m.id === "almaty")).toBe(true);
  });

  it("places each site at its projected coordinate, with its symbol", () => {
    const wind = marks.find((m) => m.id === "zhanatas-wind-farm")!;
    expect([wind.x, wind.y].map(Math.round)).toEqual(projection([69.69119, 43.48938])!.map(Math.round));
    expect(wind.radius).toBeGreaterThan(0);
  });

  it("orders places west to east for the keyboard (a route by its middle)", () => {
    expect(navigationOrder(marks).map((m) => m.id)).toEqual([
      "road-western-europe-western-china",
      "turkestan-solar",
      "zhanatas-wind-farm",
      "almaty",
      "oil-atasu-alashankou",
      "khorgos-icbc",
      "lianyungang-base",
    ]);
  });

  it("offers towns before sites, and the selected place before all", () => {
    const name = (id: string) => file.features.find((f) => f.id === id)!.properties.name;
    const byPriority = (selected: string | null) =>
      labelCandidates(marks, [], IDENTITY, LABEL_SIZES, (f) => f.properties.name, selected)
        .sort((a, b) => b.priority - a.priority)
        .map((c) => c.text);
    expect(byPriority(null)[0]).toBe(name("almaty"));
    expect(byPriority("zhanatas-wind-farm")[0]).toBe(name("zhanatas-wind-farm"));
    // Too long to write on the map unless selected:
    expect(byPriority(null)).not.toContain(name("turkestan-solar"));
  });
});

describe("zoom views", () => {
  it("maps a point to the screen and centres one, without leaving the frame", () => {
    expect(toScreen({ k: 2, x: -100, y: -50 }, [100, 100])).toEqual([100, 150]);
    expect(centredView(400, 240, 2, 800, 480)).toEqual({ k: 2, x: -400, y: -240 });
    // Near the corner, the view stops at the frame's edge rather than showing beyond it.
    expect(centredView(10, 10, 4, 800, 480)).toEqual({ k: 4, x: 0, y: 0 });
    expect(centredView(790, 470, 4, 800, 480)).toEqual({ k: 4, x: -2400, y: -1440 });
  });
});
