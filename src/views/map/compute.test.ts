import { describe, expect, it } from "vitest";
import { inLanguage } from "../../data/inLanguage";
import { placesFileSchema, type PlaceFeature } from "../../data/schemas/places";
import {
  GROUPS,
  groupCounts,
  isApproximate,
  isDimmed,
  placeCounts,
  shownGroups,
  sourceIds,
  startYear,
  toggleGroup,
  visiblePlaces,
} from "./compute";
import { mapPlaces } from "../../../tests/fixtures/places";
import { shippedPlaces } from "../../../tests/fixtures/shipped";

const file = inLanguage(placesFileSchema.parse(mapPlaces), "en");
const byId = (id: string) => file.features.find((f) => f.id === id)!;
const withDates = (dates: PlaceFeature["properties"]["dates"]): PlaceFeature => ({
  ...byId("zhanatas-wind-farm"),
  properties: { ...byId("zhanatas-wind-farm").properties, dates },
});

describe("the year a place began", () => {
  it("is the earlier of construction start and operation, whatever their precision", () => {
    expect(startYear(byId("zhanatas-wind-farm"))).toBe(2019);
    expect(startYear(withDates({ constructionStart: "2007-12", operation: "2006" }))).toBe(2006);
    expect(startYear(byId("lianyungang-base"))).toBe(2014);
  });

  it("is unknown without either date: an agreement alone puts nothing on the ground", () => {
    expect(startYear(byId("road-western-europe-western-china"))).toBeNull();
    expect(startYear(byId("turkestan-solar"))).toBeNull();
    expect(startYear(byId("almaty"))).toBeNull();
  });
});

describe("dimming for the focus year", () => {
  it("fades a place only when the year is before the one it began", () => {
    const wind = byId("zhanatas-wind-farm");
    expect(isDimmed(wind, 2018)).toBe(true);
    expect(isDimmed(wind, 2019)).toBe(false); // construction began that year
    expect(isDimmed(wind, 2023)).toBe(false);
    expect(isDimmed(wind, null)).toBe(false);
  });

  it("never fades a place without dates, unless it is only planned", () => {
    for (const id of ["road-western-europe-western-china", "almaty"]) expect(isDimmed(byId(id), 1992)).toBe(false);
    // Planned, with no start date: not on the ground in any focus year.
    expect(byId("turkestan-solar").properties.status).toBe("planned");
    expect(isDimmed(byId("turkestan-solar"), 2024)).toBe(true);
    expect(isDimmed(byId("turkestan-solar"), null)).toBe(false);
  });

  it("fades 7 of the 49 shipped places in 2013, and in 2024 only the one still planned", () => {
    const shipped = shippedPlaces().features;
    expect(shipped.filter((f) => isDimmed(f, 2013)).map((f) => f.id)).toEqual([
      "khorgos-gateway",
      "lianyungang-base",
      "zhanatas-wind-farm",
      "shokpar-wind-farm",
      "turgusun-1-hpp",
      "kaskelen-solar",
      "turkestan-solar",
    ]);
    expect(shipped.filter((f) => isDimmed(f, 2024)).map((f) => f.id)).toEqual(["turkestan-solar"]);
  });
});

describe("legend filters", () => {
  it("reads `layers` as the groups shown: none, or only unknown names, means all", () => {
    expect([...shownGroups([])]).toEqual([...GROUPS]);
    expect([...shownGroups(["nonsense"])]).toEqual([...GROUPS]);
    expect([...shownGroups(["wind", "oil", "nonsense"])]).toEqual(["oil", "wind"]);
  });

  it("toggles one group, writing all shown as the default []", () => {
    const hidden = toggleGroup([], "towns");
    expect(hidden).toEqual(GROUPS.filter((g) => g !== "towns"));
    expect(toggleGroup(hidden, "towns")).toEqual([]);
    expect(toggleGroup(["oil", "gas"], "gas")).toEqual(["oil"]);
  });

  it("never hides the last group shown", () => {
    expect(toggleGroup(["oil"], "oil")).toEqual(["oil"]);
  });

  it("draws the places of the shown groups, and the selected place whatever its group", () => {
    const shown = shownGroups(["wind", "oil"]);
    expect(visiblePlaces(file.features, shown).map((f) => f.id)).toEqual(["zhanatas-wind-farm", "oil-atasu-alashankou"]);
    expect(visiblePlaces(file.features, shown, "almaty").map((f) => f.id)).toEqual([
      "zhanatas-wind-farm",
      "oil-atasu-alashankou",
      "almaty",
    ]);
  });
});

describe("counts and lookups", () => {
  it("counts sites, routes and towns in the shipped file: 19, 10 and 20 of 49", () => {
    const shipped = shippedPlaces().features;
    expect(shipped).toHaveLength(49);
    expect(placeCounts(shipped)).toEqual({ sites: 19, routes: 10, towns: 20 });
    expect(groupCounts(shipped)).toEqual({
      crossings: 4,
      corridors: 4,
      oil: 10,
      gas: 2,
      wind: 2,
      hydro: 2,
      solar: 3,
      refining: 2,
      towns: 20,
    });
  });

  it("marks approximate and schematic geometry", () => {
    expect(
      ["lianyungang-base", "road-western-europe-western-china", "khorgos-icbc", "almaty"].map((id) => isApproximate(byId(id))),
    ).toEqual([true, true, false, false]);
  });

  it("lists each source once and ignores ids that name nothing", () => {
    expect(sourceIds(file)).toEqual(["peoples-daily-2024", "imf-dots-china"]);
  });
});
