import { describe, expect, it } from "vitest";
import raw from "../../../data/investment.json";
import { inLanguage } from "../../data/inLanguage";
import { investmentFileSchema, type InvestmentFile } from "../../data/schemas/investment";
import { countGroups } from "./counts";

const file: InvestmentFile = inLanguage(investmentFileSchema.parse(raw), "en");

describe("the other counts", () => {
  it("groups all 21 counts by kind, each led by its most recent", () => {
    const groups = countGroups(file.counts);
    expect(groups.map((g) => [g.kind, g.counts.length, g.lead.id])).toEqual([
      ["inflow", 7, "27bn-since-2005"],
      ["stock", 2, "edb-stock-mid-2025"],
      ["loans", 1, "claim-42-8bn-2017"],
      ["projects", 4, "capacity-projects-2024"],
      ["agreements", 5, "summit-deals-2025-06"],
      ["trackers", 2, "bri-engagement-h1-2025"],
    ]);
    expect(groups.reduce((n, g) => n + g.counts.length, 0)).toBe(file.counts.length);
    expect(groups[1]).toMatchObject({ min: 11_400, max: 15_600 });
  });

  it("knows the kind of every count in the shipped file, and puts an unknown one under other", () => {
    expect(file.counts.filter((c) => c.kind === undefined)).toEqual([]);
    const { kind: _kind, ...stray } = { ...file.counts[0]!, id: "new-count" };
    expect(countGroups([stray]).map((g) => g.kind)).toEqual(["other"]);
  });
});
