import { describe, expect, it } from "vitest";
import { inLanguage } from "../../data/inLanguage";
import { timelineFileSchema } from "../../data/schemas/timeline";
import {
  activeCategories,
  categoriesParam,
  categoryCounts,
  eraAt,
  eraGroups,
  eras,
  rankAt,
  restates,
  rungs,
  timeDomain,
  visibleEvents,
  yearRows,
} from "./compute";
import { ladder } from "../../data/derive/timeline";
import { timelineFixture } from "../../../tests/fixtures/timeline";

const file = inLanguage(timelineFileSchema.parse(timelineFixture), "en");
const TODAY = Date.UTC(2026, 10, 23);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe("dates", () => {
  it("spans the axis from the first dated year to today", () => {
    expect(timeDomain(file, TODAY).map(iso)).toEqual(["1991-01-01", "2026-11-23"]);
    // An event later than "today" (a clock set wrong) still fits on the axis.
    expect(iso(timeDomain(file, Date.UTC(2020, 0, 1))[1])).toBe("2024-05-30");
  });
});

describe("the ladder", () => {
  it("runs from the first rung up, each rung with its event", () => {
    expect(ladder(file).map((l) => l.rank)).toEqual([1, 2, 3, 4]);
    expect(rungs(file).map((r) => r.event?.id)).toEqual(["ties-1992", "sp-2005", "csp-2011", "pcsp-2019"]);
  });

  it("knows the level in force on a date", () => {
    const levels = ladder(file);
    expect(rankAt(levels, Date.UTC(1991, 6, 1))).toBe(0);
    expect(rankAt(levels, Date.UTC(1992, 0, 3))).toBe(1);
    expect(rankAt(levels, Date.UTC(2011, 5, 12))).toBe(2);
    expect(rankAt(levels, TODAY)).toBe(4);
  });

  it("divides the axis into eras, one per rung, the last running to today", () => {
    const list = eras(ladder(file), timeDomain(file, TODAY));
    expect(list.map((e) => [e.fromYear, e.toYear])).toEqual([
      [1991, 2005],
      [2005, 2011],
      [2011, 2019],
      [2019, 2026],
    ]);
    expect(eraAt(list, Date.UTC(2013, 8, 7))?.id).toBe("comprehensive-strategic-partnership");
    expect(eraAt(list, Date.UTC(1980, 0, 1))?.id).toBe("diplomatic-relations");
    expect(eraAt(list, Date.UTC(2040, 0, 1))?.id).toBe("permanent-comprehensive-strategic-partnership");
  });
});

describe("the category filter", () => {
  it("reads the URL's list, ignoring unknown names; none means all", () => {
    expect(activeCategories([])).toHaveLength(7);
    expect(activeCategories(["visit", "bogus"])).toEqual(["visit"]);
    expect(activeCategories(["bogus"])).toHaveLength(7);
  });

  it("writes nothing for all, and the list otherwise, sorted like the URL parser sorts", () => {
    expect(categoriesParam(activeCategories([]))).toEqual([]);
    expect(categoriesParam(["visit", "treaty", "economy"])).toEqual(["economy", "treaty", "visit"]);
  });

  it("counts events by category, leaving out the ladder's rungs", () => {
    expect(categoryCounts(file.events)).toEqual({ diplomacy: 1, visit: 1, summit: 1, treaty: 1, economy: 1, project: 2, people: 1 });
  });

  it("always keeps the rungs, and the selected event even when its category is hidden", () => {
    const ids = (shown: Parameters<typeof visibleEvents>[1], selected: string | null) =>
      visibleEvents(file.events, shown, selected).map((e) => e.id);
    expect(ids(["visit"], null)).toEqual(["ties-1992", "sp-2005", "csp-2011", "xi-2013", "pcsp-2019"]);
    expect(ids(["visit"], "visa-2023")).toContain("visa-2023");
  });
});

describe("the vertical timeline's rows", () => {
  it("lists years with events and folds the empty years between them", () => {
    const rows = yearRows(file.events, 1991, 2026).map((r) => (r.kind === "gap" ? `${r.from}-${r.to}` : `${r.year}:${r.events.length}`));
    expect(rows).toEqual([
      "1991:1",
      "1992:1",
      "1993-2000",
      "2001:1",
      "2002-2004",
      "2005:1",
      "2006-2010",
      "2011:1",
      "2012:1",
      "2013:2",
      "2014:1",
      "2015-2018",
      "2019:1",
      "2020-2022",
      "2023:1",
      "2024:1",
      "2025-2026",
    ]);
  });
});

describe("the vertical timeline's eras", () => {
  it("splits the years at the rungs, the year of an upgrade opening the new era, years before the first rung in the first", () => {
    const groups = eraGroups(yearRows(file.events, 1991, 2026), ladder(file));
    expect(groups.map((g) => `${g.rank}:${g.fromYear}-${g.toYear}:${g.eventCount}`)).toEqual([
      "1:1991-2004:3",
      "2:2005-2010:1",
      "3:2011-2018:5",
      "4:2019-2026:3",
    ]);
    // Nothing is lost: every row is in exactly one era.
    expect(groups.flatMap((g) => g.rows)).toEqual(yearRows(file.events, 1991, 2026));
  });

  it("keeps every row in one era when there is no ladder", () => {
    const rows = yearRows(file.events, 1991, 2026);
    expect(eraGroups(rows, []).map((g) => g.rank)).toEqual([0]);
  });
});

describe("restates", () => {
  it("knows a paraphrase in other word order from a text that adds something", () => {
    const event = "During Hu Jintao's second visit, in Astana, relations are raised to a strategic partnership.";
    expect(restates("Relations are raised to a strategic partnership during Hu Jintao's second visit, in Astana.", event)).toBe(true);
    expect(
      restates(
        "China and Kazakhstan establish relations; the Chinese delegation is led by Li Lanqing.",
        "A joint communiqué establishes relations.",
      ),
    ).toBe(false);
  });
});
