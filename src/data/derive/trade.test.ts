import { describe, expect, it } from "vitest";
import { trade } from "../../../tests/fixtures/datasets";
import { inLanguage } from "../inLanguage";
import { tradeFileSchema } from "../schemas/trade";
import { headline, latestReporterGap, seriesById, sortedPoints } from "./trade";

const file = inLanguage(tradeFileSchema.parse(trade), "en");
const cn = seriesById(file, "cn-total")!;
const kz = seriesById(file, "kz-total")!;

describe("series", () => {
  it("finds series by id", () => {
    expect(cn.reporter).toBe("cn");
    expect(seriesById(file, "nope")).toBeUndefined();
  });
});

describe("headline", () => {
  it("uses the first and latest points, whatever their order in the file", () => {
    const h = headline({ ...cn, points: [...cn.points].reverse() })!;
    expect([h.first.year, h.first.value, h.latest.year, h.latest.value]).toEqual([1992, 368, 2023, 41_020]);
    expect(Math.round(h.multiple * 10) / 10).toBe(111.5);
    expect(sortedPoints({ ...cn, points: [...cn.points].reverse() }).map((p) => p.year)).toEqual([1992, 2013, 2023]);
  });

  it("is null for a series without points", () => {
    expect(headline({ ...cn, points: [] })).toBeNull();
  });

  it("compares the reporters in the latest year both have", () => {
    const gap = latestReporterGap(cn, kz)!;
    expect(gap.year).toBe(2023);
    expect(Math.round(gap.ratio * 1000) / 1000).toBe(0.306);
    expect(latestReporterGap(cn, { ...kz, points: [{ ...kz.points[0]!, year: 1990 }] })).toBeNull();
  });
});
