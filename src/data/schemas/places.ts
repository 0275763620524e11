import { z } from "zod/mini";
import type { InLanguage } from "../inLanguage";
import {
  idSchema,
  localizedNameSchema,
  localizedTextSchema,
  partialDateSchema,
  positiveAmountSchema,
  sourceIdSchema,
  usdAmountShape,
  yearSchema,
} from "./common";
import { MONEY_UNIT_NAMES, type MoneyUnit } from "../vocabulary";
import { datasetFile } from "./datasetFile";
import { sourced } from "./sourced";

/** [longitude, latitude] in WGS84 degrees. */
export const positionSchema = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);
export type Position = z.infer<typeof positionSchema>;

/** The region the map shows; every coordinate must fall inside it. [west, south, east, north]. */
export const MAP_REGION = [45, 30, 125, 56] as const;

export const placeCategorySchema = z.enum([
  "border-crossing",
  "logistics",
  "oil-pipeline",
  "gas-pipeline",
  "road",
  "rail",
  "refinery",
  "wind",
  "hydro",
  "solar",
  "oil-field",
  "city",
]);
export type PlaceCategory = z.infer<typeof placeCategorySchema>;

/** The units a capacity, area or length is given in; each has its name in every language in the catalogs (lib/units.ts). */
export const quantityUnitSchema = z.enum(["km", "km²", "m²", "ha", "TEU", "Mt", "Mt/year", "bcm/year", "MW", "MWp", "GWh/year"]);
export type QuantityUnit = z.infer<typeof quantityUnitSchema>;

/** The units a yearly volume through a place is counted in. */
export const volumeUnitSchema = z.enum(["thousand tonnes", "million tonnes", "trains"]);
export type VolumeUnit = z.infer<typeof volumeUnitSchema>;

export const quantitySchema = z.strictObject({
  value: positiveAmountSchema,
  unit: quantityUnitSchema,
  label: z.optional(localizedTextSchema),
});

/** The currencies a cost comes in (vocabulary.ts). */
export const moneyUnitSchema = z.enum(MONEY_UNIT_NAMES);
export type { MoneyUnit };

/** What a cost is, however the amount is given. */
const costShape = {
  /** What the amount pays for, as the source says: "construction", "stage 1", "modernisation (2014–2018)". */
  covers: localizedTextSchema,
  unit: moneyUnitSchema,
  /** The source's own conversion of an amount in another currency, in millions of US dollars (same qualifier). */
  usdEquivalent: z.optional(z.strictObject(usdAmountShape)),
  /** The date the amount is given as of: the source's date when it names no other, at the precision known. */
  asOf: z.optional(partialDateSchema),
};

/**
 * A cost, price or investment amount of a place: one amount (`value`, worded as the source words it,
 * like an investment count's `qualifier`) or a range (`qualifier: "range"`, `min` below `max`).
 * Where sources disagree, each figure is its own entry. data:check also requires `min` < `max` and
 * `usdEquivalent` only on an amount in another currency (src/data/check/places.ts).
 */
export const costSchema = z.discriminatedUnion("qualifier", [
  sourced({
    qualifier: z.enum(["exact", "about", "more-than", "almost"]),
    value: positiveAmountSchema,
    ...costShape,
  }),
  sourced({
    qualifier: z.literal("range"),
    min: positiveAmountSchema,
    max: positiveAmountSchema,
    ...costShape,
  }),
]);
export type Cost = InLanguage<z.infer<typeof costSchema>>;

/**
 * A yearly figure of what moves through a place, as its source measures it: a pipeline's oil, a crossing's trains or
 * freight. One measure, one unit, one source for all its years; a year without a published figure is left out.
 */
export const volumeSchema = sourced({
  /** What is counted, in the source's terms: "Oil carried by Kazakhstan–China Pipeline (both its lines)". */
  measure: localizedTextSchema,
  unit: volumeUnitSchema,
  /** Years ascending, each once (data:check). */
  points: z
    .array(
      z.strictObject({
        year: yearSchema,
        value: positiveAmountSchema,
        /** The year's own sources, where the years come from different ones (each also among the measure's `sources`). */
        sources: z.optional(z.array(sourceIdSchema).check(z.minLength(1))),
      }),
    )
    .check(z.minLength(1)),
});
export type Volume = InLanguage<z.infer<typeof volumeSchema>>;

export const placePropertiesSchema = sourced({
  name: localizedNameSchema,
  category: placeCategorySchema,
  status: z.enum(["operating", "under-construction", "planned", "context"]),
  description: localizedTextSchema,
  dates: z.optional(
    z.strictObject({
      agreed: z.optional(partialDateSchema),
      constructionStart: z.optional(partialDateSchema),
      operation: z.optional(partialDateSchema),
    }),
  ),
  capacity: z.optional(z.array(quantitySchema)),
  length: z.optional(quantitySchema),
  owners: z.optional(z.array(localizedTextSchema)),
  builders: z.optional(z.array(localizedTextSchema)),
  /** Costs, prices or investment amounts, each with its own sources; absent when none is sourced. */
  cost: z.optional(z.array(costSchema).check(z.minLength(1))),
  /** What moves through it, year by year, each measure with its own sources; absent when none is sourced. */
  volumes: z.optional(z.array(volumeSchema).check(z.minLength(1))),
  /** How exactly the geometry is known: the facility, a town centroid, an estimate, or a drawing through towns. */
  precision: z.enum(["exact", "settlement", "approximate", "schematic"]),
});
export type PlaceProperties = InLanguage<z.infer<typeof placePropertiesSchema>>;

const lineSchema = z.array(positionSchema).check(z.minLength(2));

const geometrySchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("Point"), coordinates: positionSchema }),
  z.strictObject({ type: z.literal("LineString"), coordinates: lineSchema }),
  z.strictObject({ type: z.literal("MultiLineString"), coordinates: z.array(lineSchema).check(z.minLength(1)) }),
]);

export const placeFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  id: idSchema,
  geometry: geometrySchema,
  properties: placePropertiesSchema,
});
export type PlaceFeature = InLanguage<z.infer<typeof placeFeatureSchema>>;

export const placesFileSchema = datasetFile({
  type: z.literal("FeatureCollection"),
  features: z.array(placeFeatureSchema).check(z.minLength(1)),
});
export type PlacesFile = InLanguage<z.infer<typeof placesFileSchema>>;
