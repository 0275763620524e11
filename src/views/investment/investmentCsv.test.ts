import { source } from "../../../tests/fixtures/builders";
import { describe, expect, it } from "vitest";
import raw from "../../../data/investment.json";
import { toCsv } from "../../charts/csv";
import { inLanguage } from "../../data/inLanguage";
import { investmentFileSchema } from "../../data/schemas/investment";
import { investmentCsvColumns, investmentCsvRows } from "./investmentCsv";

const file = inLanguage(investmentFileSchema.parse(raw), "en");

describe("the investment CSV", () => {
  it("keeps every figure in the file: headline, 21 counts, inflows, shares, deals, companies", () => {
    const rows = investmentCsvRows(file);
    const bySection = (s: string) => rows.filter((r) => r.section === s).length;
    expect([
      bySection("headline"),
      bySection("count"),
      bySection("inflow"),
      bySection("sector-share"),
      bySection("deal"),
      bySection("companies"),
    ]).toEqual([1, 21, 5, 5, 16, 4]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it("leaves an undisclosed amount empty, never 0, and names sources by publisher", () => {
    const rows = investmentCsvRows(file).filter((r) => r.id === "cosco-khorgos-stake-2017" || r.id === "claim-42-8bn-2017");
    const csv = toCsv(rows, investmentCsvColumns([source({ id: "scmp-1305922", publisher: "South China Morning Post", title: "t" })]));
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(
      "section,id,date_or_period,what,value,unit,qualifier,kind_or_sector,why_different,parties,confidence,method,note,source_ids,sources,source_urls,source_tiers",
    );
    expect(lines[1]).toMatch(/^count,claim-42-8bn-2017,–2017,.*,42800,USD million,more-than,loans,/);
    expect(lines[2]).toMatch(
      /^deal,cosco-khorgos-stake-2017,2017-05-15,.*,,USD million,,transport-logistics \/ stake,,COSCO Shipping; Lianyungang Port,verified,,Price not disclosed\.,/,
    );
  });
});
