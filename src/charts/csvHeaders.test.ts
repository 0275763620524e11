import { beforeAll, describe, expect, it } from "vitest";
import { wideTradeFixture } from "../../tests/fixtures/trade";
import { inLanguage } from "../data/inLanguage";
import { tradeFileSchema } from "../data/schemas/trade";
import { loadCatalog, translator } from "../lib/i18n";
import { csvColumns as placeColumns } from "../views/map/placesTable";
import { csvColumns as timelineColumns } from "../views/timeline/timelineTable";
import { compositionCsvColumns } from "../views/trade/composition";
import { shareCsvColumns } from "../views/trade/shares";
import { csvColumns as tradeColumns, wideCsvColumns } from "../views/trade/tradeCsv";
import { investmentCsvColumns } from "../views/investment/investmentCsv";
import { csvHeader, toCsv, type CsvColumn } from "./csv";

const file = inLanguage(tradeFileSchema.parse(wideTradeFixture), "en");
const sets: Record<string, readonly CsvColumn<never>[]> = {
  trade: tradeColumns([]),
  "trade, one row a year": wideCsvColumns(file, []),
  composition: compositionCsvColumns([]),
  shares: shareCsvColumns([]),
  investment: investmentCsvColumns([]),
  timeline: timelineColumns([]),
  map: placeColumns([]),
};

beforeAll(() => Promise.all(["zh", "ru", "kk"].map(loadCatalog)));

describe("a CSV's header row", () => {
  it("keeps the column keys in English, so scripts that read the English file keep working", () => {
    expect(toCsv([], sets["trade"]!, translator("en")).trim()).toBe(toCsv([], sets["trade"]!).trim());
    expect(toCsv([], sets["trade, one row a year"]!, translator("en"))).toMatch(
      /^year,cn_total_usd_million,cn_total_change_pct,cn_total_mark,/,
    );
  });

  for (const lang of ["zh", "ru", "kk"])
    it(`names every column of every download in ${lang}, none left as its English key`, () => {
      const t = translator(lang);
      for (const [name, columns] of Object.entries(sets)) {
        const headers = columns.map((c) => csvHeader(c, t));
        const english = columns.filter((c, i) => headers[i] === c.header || /_(usd_million|change_pct|mark)$/.test(headers[i] ?? ""));
        expect(
          english.map((c) => c.header),
          name,
        ).toEqual([]);
        // Two columns with one name would be read as one.
        expect(new Set(headers).size, name).toBe(headers.length);
      }
    });

  it("reads in Russian as a Russian student would label the columns", () => {
    const csv = toCsv([], sets["trade"]!, translator("ru"));
    expect(csv).toMatch(/^год,отчитывающаяся сторона,поток,ряд,"значение, млн долл. США",достоверность,/);
    expect(toCsv([], sets["trade, one row a year"]!, translator("ru"))).toMatch(/^год,"cn_total, млн долл. США","cn_total, изменение, %"/);
  });
});
