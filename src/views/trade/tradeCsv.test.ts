import { describe, expect, it } from "vitest";
import { sourcesFile } from "../../../tests/fixtures/datasets";
import { wideTradeFixture } from "../../../tests/fixtures/trade";
import { toCsv } from "../../charts/csv";
import { inLanguage } from "../../data/inLanguage";
import { sourcesFileSchema } from "../../data/schemas/sources";
import { tradeFileSchema } from "../../data/schemas/trade";
import { csvColumns, tradeRows, wideCsvColumns } from "./tradeCsv";
import { tradeYears } from "./tradeWide";

const file = inLanguage(tradeFileSchema.parse(wideTradeFixture), "en");
const { sources } = sourcesFileSchema.parse(sourcesFile());
const lines = (csv: string) => csv.split("\r\n").filter(Boolean);

describe("the long CSV", () => {
  it("has one line per year and series, with the exact value and its provenance", () => {
    const csv = lines(toCsv(tradeRows(file), csvColumns(sources)));
    expect(csv).toHaveLength(1 + 13);
    expect(csv[0]).toBe(
      "year,reporter,flow,series,value_usd_million,confidence,estimate,method,note,source_ids,sources,source_urls,source_tiers",
    );
    expect(csv[1]).toBe("1992,cn,exports,China's exports to Kazakhstan (China customs),222.4,secondary,,,,imf-dots-china,IMF,,secondary");
    expect(csv).toContain(
      "1992,kz,total,Total trade with China (Kazakhstan's statistics),200,secondary,yes,,,imf-dots-kazakhstan,IMF,,secondary",
    );
  });
});

describe("the wide CSV", () => {
  const csv = lines(toCsv(tradeYears(file), wideCsvColumns(file, sources)));
  const row = (year: number) => csv.find((l) => l.startsWith(`${year},`))!.split(",");
  const header = csv[0]!.split(",");
  const at = (year: number, column: string) => row(year)[header.indexOf(column)];

  it("has one line per year and, per series in column order, its value, change in percent and mark, then the sources", () => {
    expect(csv).toHaveLength(1 + 5);
    expect(header).toEqual([
      "year",
      ...["cn_total", "cn_exports", "kz_total", "kz_imports"].flatMap((s) => [`${s}_usd_million`, `${s}_change_pct`, `${s}_mark`]),
      "source_ids",
      "sources",
      "source_urls",
      "source_tiers",
    ]);
    expect(csv[1]).toBe(
      "1992,400,,,222.4,,,200,,estimate,,,,imf-dots-china; peoples-daily-2024; imf-dots-kazakhstan,IMF; People's Daily; IMF,https://example.org/a,secondary; secondary; secondary",
    );
  });

  it("writes changes in percent, with the sign a spreadsheet reads as a number", () => {
    expect(at(1993, "cn_total_change_pct")).toBe("25");
    expect(at(1993, "cn_exports_change_pct")).toBe("-50");
    expect(at(1996, "cn_total_change_pct")).toBe("-20");
    expect(at(1996, "kz_total_change_pct")).toBe("100");
  });

  it("leaves a missing value and any change across a gap empty, never 0", () => {
    expect(at(1994, "cn_total_usd_million")).toBe("");
    expect(at(1994, "cn_total_change_pct")).toBe("");
    expect(at(1995, "cn_total_usd_million")).toBe("450");
    expect(at(1995, "cn_total_change_pct")).toBe("");
    expect(at(1994, "kz_imports_change_pct")).toBe("");
  });

  it("keeps the marks of estimated, derived and unverified figures", () => {
    expect(at(1993, "kz_total_mark")).toBe("estimate");
    expect(at(1996, "kz_total_mark")).toBe("derived");
    expect(at(1996, "cn_total_mark")).toBe("unverified");
    expect(at(1995, "kz_total_mark")).toBe("");
  });
});
