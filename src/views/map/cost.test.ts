import { describe, expect, it } from "vitest";
import { toCsv } from "../../charts/csv";
import { inLanguage } from "../../data/inLanguage";
import { placesFileSchema, type Cost } from "../../data/schemas/places";
import { formatters } from "../../lib/format";
import { pluralTranslator, translator } from "../../lib/i18n";
import type { Locale } from "../../lib/locale";
import { placeSourceIds, sourceIds } from "./compute";
import { mapPlaces } from "../../../tests/fixtures/places";
import { shippedPlaces } from "../../../tests/fixtures/shipped";
import { costAmount, costText, formatMoney, formatMoneyRange, significantDigits } from "./placeText";
import { costCsv, csvColumns } from "./placesTable";

const locale = (lang: string): Locale => ({ lang, t: translator(lang), tn: pluralTranslator(lang), fmt: formatters(lang) });
const en = locale("en");
const base: Pick<Cost, "covers" | "sources" | "confidence"> = { covers: "stage 1", sources: ["jjtv-turgusun"], confidence: "verified" };
const name = (id: string) => ({ "jjtv-turgusun": "jjtv.kz", "orasam-manas-kapshagay": "ORASAM" })[id] ?? id;

describe("money in a place's cost", () => {
  it("counts the significant digits a figure was given with", () => {
    expect([700, 1800, 136.2, 32.8, 963.75].map(significantDigits)).toEqual([1, 2, 4, 3, 5]);
  });

  it("writes US dollars as the app does elsewhere, without dropping a digit the source gave", () => {
    expect(formatMoney(en, 700, "USD million")).toBe(en.fmt.usdCompact(700));
    expect(formatMoney(en, 700, "USD million")).toBe("$700M");
    expect(formatMoney(en, 1680, "USD million")).toBe("$1.68B");
    expect(formatMoney(en, 136.2, "USD million")).toBe("$136.2M");
  });

  it("keeps tenge in tenge, in billions", () => {
    expect(formatMoney(en, 14, "KZT billion")).toBe("KZT\u00a014B");
    expect(formatMoney(locale("ru"), 14, "KZT billion")).toBe("14\u00a0млрд\u00a0KZT");
    expect(formatMoney(locale("kk"), 14, "KZT billion")).toBe("14\u00a0млрд\u00a0₸");
  });

  it("shortens a range the language's way", () => {
    expect(formatMoneyRange(en, 1800, 2100, "USD million")).toBe("$1.8–2.1B");
  });

  it("words the amount as the source does, with the source's own dollar conversion", () => {
    const turgusun: Cost = {
      ...base,
      qualifier: "about",
      value: 14,
      unit: "KZT billion",
      usdEquivalent: { value: 32.8, unit: "USD million" },
    };
    expect(costAmount(en, turgusun)).toBe("about KZT\u00a014B (about $32.8M)");
    expect(costAmount(en, { ...base, qualifier: "range", min: 1800, max: 2100, unit: "USD million" })).toBe("$1.8–2.1B");
    expect(costAmount(en, { ...base, qualifier: "more-than", value: 100, unit: "USD million" })).toBe("more than $100M");
  });

  it("says what the amount covers, as of when, whose figure it is, and flags what is not verified", () => {
    const atasu: Cost = { ...base, covers: "construction", qualifier: "exact", value: 700, unit: "USD million", asOf: "2006" };
    expect(costText(en, atasu, name)).toBe("$700M (construction, as of 2006), per jjtv.kz");
    const kapshagay: Cost = {
      ...base,
      covers: "investment",
      qualifier: "exact",
      value: 150,
      unit: "USD million",
      sources: ["orasam-manas-kapshagay"],
      confidence: "unverified",
    };
    expect(costText(en, kapshagay, name)).toBe("$150M (investment), per ORASAM (unverified)");
  });
});

describe("costs in the CSV and the source count", () => {
  it("writes each cost in the data's own units, with its scope, confidence and sources", () => {
    expect(
      costCsv({ ...base, qualifier: "about", value: 14, unit: "KZT billion", usdEquivalent: { value: 32.8, unit: "USD million" } }),
    ).toBe("about 14 KZT billion = about 32.8 USD million (stage 1; verified; jjtv-turgusun)");
    expect(costCsv({ ...base, covers: "modernisation", qualifier: "range", min: 1800, max: 2100, unit: "USD million", asOf: "2018" })).toBe(
      "1800–2100 USD million (modernisation, as of 2018; verified; jjtv-turgusun)",
    );
  });

  it("adds cost and cost_notes columns to the export, and the costs' sources to the place's", () => {
    const file = inLanguage(placesFileSchema.parse(mapPlaces), "en");
    const zhanatas = file.features.filter((f) => f.id === "zhanatas-wind-farm");
    const [header, row] = toCsv(zhanatas, csvColumns([])).split("\r\n");
    const cells = Object.fromEntries(header!.split(",").map((h, i) => [h, row!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[i]]));
    expect(cells["cost"]).toBe(
      "about 150 USD million (the wind farm; verified; peoples-daily-2024); 136.2 USD million (the wind farm; verified; imf-dots-china)",
    );
    expect(cells["cost_notes"]).toBe("");
    expect(cells["source_ids"]).toBe("peoples-daily-2024; imf-dots-china");
  });

  it("counts a source only a cost cites among the places' sources", () => {
    const file = inLanguage(placesFileSchema.parse(mapPlaces), "en");
    const [first] = file.features;
    const cited = {
      ...first!,
      properties: { ...first!.properties, cost: [{ ...base, qualifier: "exact" as const, value: 1, unit: "USD million" as const }] },
    };
    expect(placeSourceIds(cited)).toEqual(["peoples-daily-2024", "jjtv-turgusun"]);
    expect(sourceIds({ ...file, features: [cited] })).toEqual(["peoples-daily-2024", "jjtv-turgusun"]);
  });
});

describe("the shipped costs", () => {
  const places = shippedPlaces();
  const costs = Object.fromEntries(
    places.features.filter((f) => f.properties.cost).map((f) => [f.id, f.properties.cost!.map((c) => costText(en, c, (id) => id))]),
  );

  it("read as sentences, every figure as the reference notes give it", () => {
    expect(costs).toEqual({
      "lianyungang-base": ["$100M (the project), per cacianalyst-12989-shanghai-summit"],
      "zhanatas-wind-farm": ["about $150M (the wind farm), per xinhua-zhanatas", "$136.2M (the wind farm), per pimagazine-zhanatas"],
      "kapshagay-solar": ["$150M (China–Kazakhstan investment), per orasam-manas-kapshagay (unverified)"],
      "turgusun-1-hpp": ["about KZT\u00a014B (about $32.8M) (stage 1), per jjtv-turgusun"],
      "moinak-hpp": [
        "about $340M (the plant), per nsenergybusiness-moinak, waterpowermagazine-moinak, and strategicstudyindia-eurasianet-moinak (verified in a secondary source)",
      ],
      "shymkent-refinery": ["$1.8–2.1B (modernisation, 2014–2018), per ec-info-shymkent-refinery and astanatimes-2018-12-shymkent"],
      "atyrau-refinery": [
        "$1.68B (upgrade, as of 2012), per cippe-2012-06-11-reuters (verified in a secondary source)",
        "$1B (modernisation plan, as of February 2011), per thebulletin-2011-02-28 (verified in a secondary source)",
      ],
      "oil-atasu-alashankou": ["$700M (construction, as of 2006), per chinaorg-2006-05-26-pipeline"],
      "gas-beineu-bozoi-shymkent": ["$3.6B (the pipeline), per tengrinews-bbs", "$3.5B (the pipeline), per vlast-14260"],
    });
  });
});
