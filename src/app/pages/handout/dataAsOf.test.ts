import { describe, expect, it } from "vitest";
import { source } from "../../../../tests/fixtures/builders";
import { FIXTURES } from "../../../../tests/fixtures/datasets";
import { inLanguage } from "../../../data/inLanguage";
import { dataAsOf } from "./dataAsOf";

describe("dataAsOf", () => {
  it("reads the latest trade year and the latest source date from the data", () => {
    const trade = inLanguage(FIXTURES.trade, "en");
    const latestYear = Math.max(...trade.series.flatMap((s) => s.points.map((p) => p.year)));
    const sources = {
      release: { version: "2026.02.06", updated: "2026-02-06" },
      sources: [
        source({ id: "a", date: "2025-09-30" }),
        source({ id: "b", date: "2026" }),
        source({ id: "c", date: null }),
        source({ id: "d", date: "2026-02" }),
      ],
    };
    expect(dataAsOf({ trade, sources })).toEqual({ tradeYear: latestYear, sourceDate: "2026-02" });
  });

  it("says nothing it cannot read", () => {
    expect(dataAsOf({})).toEqual({ tradeYear: null, sourceDate: null });
  });
});
