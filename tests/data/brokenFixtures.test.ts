import { describe, expect, it } from "vitest";
import { checkData, checkJsonSchemas } from "../../src/data/check/checkData";
import { DATASET_NAMES } from "../../src/data/check/datasets";
import { formatIssue } from "../../src/data/check/issue";
import { renderJsonSchema } from "../../src/data/check/jsonSchemas";
import { localize } from "../fixtures/localize";
import { fixtureTexts } from "./fixtures";

const lines = (broken?: Parameters<typeof fixtureTexts>[0]) => checkData(fixtureTexts(broken)).map(formatIssue);

describe("data contract on small fixtures", () => {
  it("accepts the valid fixture set", () => {
    expect(lines()).toEqual([]);
  });

  it("names the field and the type when a value has the wrong type", () => {
    expect(lines("bad-type.trade")).toEqual(['data/trade.json: series[0].points[1].value: expected a number, got "335.8"']);
  });

  it("refuses 0 for a missing year", () => {
    expect(lines("zero-value.trade")).toEqual([
      "data/trade.json: series[0].points[1].value: expected a positive amount (leave a missing year out instead of writing 0), got 0",
    ]);
  });

  it("requires every source's tier", () => {
    expect(lines("missing-tier.sources")).toEqual([
      'data/sources.json: sources[1].tier: expected one of "primary", "secondary", "reprint", got nothing',
    ]);
  });

  it("reports a value verified only by reprints", () => {
    expect(lines("reprint-verified.sources")).toEqual(
      expect.arrayContaining([
        'data/investment.json: deals[0].confidence: expected "secondary" or lower (its only sources, gov-statement, are reprints), or a source of another tier, got "verified"',
      ]),
    );
  });

  it("reports a commitment to spend drawn as a price", () => {
    expect(lines("commitment-as-price.investment")).toEqual([
      'data/investment.json: deals[0].amountKind: expected "commitment" (the deal\'s text calls its amount a commitment or pledge, which is not drawn beside prices and loans), got "transaction"',
    ]);
  });

  it("reports a place's volumes whose years run backwards", () => {
    expect(lines("volume-years-backwards.places")).toEqual([
      "data/places.json: features[1].properties.volumes[0].points[1].year: expected a year after 2023 (years are unique and ascending), got 2022",
    ]);
  });

  it("reports a year's source that is not among its measure's sources", () => {
    expect(lines("volume-point-source-unlisted.places")).toEqual([
      'data/places.json: features[1].properties.volumes[0].points[0].sources[0]: expected one of the measure\'s sources (gov-statement), got "imf-dots-china"',
    ]);
  });

  it("reports an event whose date is none of the dates of the place it is a milestone of", () => {
    expect(lines("event-place-date.timeline")).toEqual([
      'data/timeline.json: events[0].date: expected a date of place "rail-link" (operation 1991-07-20), of which this event is a milestone, got "1992-01-03"',
    ]);
  });

  it("reports a source id that sources.json does not list", () => {
    expect(lines("unknown-source.timeline")).toEqual([
      'data/timeline.json: events[1].sources[1]: expected a source id listed in data/sources.json, got "no-such-source"',
    ]);
  });

  it("reports a date that is not on the calendar", () => {
    expect(lines("bad-date.timeline")).toEqual(['data/timeline.json: events[1].date: expected a real calendar date, got "2005-02-30"']);
  });

  it("reports a date outside 1950..2035", () => {
    expect(lines("date-out-of-range.timeline")).toEqual([
      'data/timeline.json: events[1].date: expected a date in the years 1950..2035, got "2045"',
      'data/timeline.json: events[1].date: expected "2005-07-04", the date of level "strategic-partnership", got "2045"',
    ]);
  });

  it("reports a point whose reporter differs from its series'", () => {
    expect(lines("reporter-mix.trade")).toEqual([
      'data/trade.json: series[0].points[1].reporter: expected "cn", the reporter of series "cn-total" (a series never mixes reporters), got "kz"',
    ]);
  });

  it("reports a repeated year in a series", () => {
    expect(lines("duplicate-year.trade")).toEqual([
      "data/trade.json: series[0].points[1].year: expected a year after 1993 (years are unique and ascending), got 1993",
    ]);
  });

  it("requires the method of a derived value", () => {
    expect(lines("derived-without-method.trade")).toEqual([
      'data/trade.json: series[1].points[0].method: expected the method of a derived value, e.g. "20.4 / 1.45 using the reported +45% growth", got nothing',
    ]);
  });

  it("reports a ladder whose dates do not climb", () => {
    expect(lines("ladder-out-of-order.timeline")).toEqual([
      'data/timeline.json: levels[1].date: expected a date after 1992-01-03, when the previous level (diplomatic-relations) was reached, got "1991-12-16"',
    ]);
  });

  it("reports a text a reader sees that lacks one of the four languages, or has only one", () => {
    expect(lines("missing-translation.timeline")).toEqual([
      "data/timeline.json: events[0].title.kk: expected the text in this language (zh, ru and kk translate en), got nothing",
      'data/timeline.json: events[1].description: expected the text in four languages, { "en": …, "zh": …, "ru": …, "kk": … }, got "Raised."',
    ]);
  });

  it("reports a coordinate outside the map's region", () => {
    expect(lines("out-of-region.places")).toEqual([
      "data/places.json: features[1].geometry.coordinates[1]: expected a [longitude, latitude] inside the map region (longitude 45..125, latitude 30..56), got [12.5,41.9]",
    ]);
  });

  it("accepts a place's costs: an amount, a range, tenge with the source's dollar conversion", () => {
    const texts = fixtureTexts();
    const places = JSON.parse(texts.places!) as { features: { properties: Record<string, unknown> }[] };
    const provenance = { sources: ["gov-statement"], confidence: "verified" };
    places.features[1]!.properties["cost"] = localize<unknown[]>([
      { covers: "construction", qualifier: "about", value: 150, unit: "USD million", asOf: "2006", ...provenance },
      { covers: "modernisation", qualifier: "range", min: 1800, max: 2100, unit: "USD million", ...provenance, note: "Two reports." },
      {
        covers: "stage 1",
        qualifier: "about",
        value: 14,
        unit: "KZT billion",
        usdEquivalent: { value: 32.8, unit: "USD million" },
        ...provenance,
      },
    ]);
    expect(checkData({ ...texts, places: JSON.stringify(places) }).map(formatIssue)).toEqual([]);
  });

  it("reports a source id in a place's cost that sources.json does not list", () => {
    expect(lines("cost-unknown-source.places")).toEqual([
      'data/places.json: features[1].properties.cost[0].sources[1]: expected a source id listed in data/sources.json, got "no-such-source"',
    ]);
  });

  it("reports a cost in a currency unit the schema does not know", () => {
    expect(lines("cost-unknown-currency.places")).toEqual([
      'data/places.json: features[1].properties.cost[0].unit: expected one of "USD million", "KZT billion", got "KZT"',
    ]);
  });

  it("reports a cost range that runs from high to low", () => {
    expect(lines("cost-range-backwards.places")).toEqual([
      "data/places.json: features[1].properties.cost[0].max: expected a number above min (2100): a range runs from low to high, got 1800",
    ]);
  });

  it("reports a dollar conversion on a cost already in dollars", () => {
    expect(lines("cost-conversion-of-dollars.places")).toEqual([
      "data/places.json: features[1].properties.cost[0].usdEquivalent: expected nothing: the amount is already in US dollars, got an object",
    ]);
  });

  it("reports a $schema that does not point at the generated schema", () => {
    expect(lines("wrong-schema-ref.places")).toEqual([
      'data/places.json: $schema: expected "./schema/places.schema.json", got "https://example.org/places.json"',
    ]);
  });

  it("reports invalid JSON with the file, line and column", () => {
    expect(lines("invalid-json.places")).toEqual([
      'data/places.json: line 5, column 1: expected valid JSON (Expected double-quoted property name), got "}"',
    ]);
  });

  it("reports a missing file", () => {
    const texts = fixtureTexts();
    delete texts.investment;
    expect(checkData(texts).map(formatIssue)).toEqual(["data/investment.json: (root): expected the file to exist, got no file"]);
  });

  it("reports a generated JSON Schema that is stale or missing", () => {
    const onDisk = Object.fromEntries(DATASET_NAMES.map((name) => [name, renderJsonSchema(name)]));
    expect(checkJsonSchemas(onDisk)).toEqual([]);
    expect(checkJsonSchemas({ ...onDisk, trade: "{}\n", places: undefined }).map(formatIssue)).toEqual([
      "data/schema/trade.schema.json: (root): expected the JSON Schema generated from src/data/schemas (run `npm run data:schemas`), got an out-of-date file",
      "data/schema/places.schema.json: (root): expected the JSON Schema generated from src/data/schemas (run `npm run data:schemas`), got no file",
    ]);
  });
});
