import { z } from "zod/mini";
import { localizedNameSchema, partialDateSchema, provenanceShape, textSchema } from "./common";

/** [longitude, latitude] in WGS84 degrees. */
export const positionSchema = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);
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

export const quantitySchema = z.strictObject({
  value: z.number().check(z.positive()),
  unit: textSchema,
  label: z.optional(textSchema),
});

export const placePropertiesSchema = z.strictObject({
  name: localizedNameSchema,
  category: placeCategorySchema,
  status: z.enum(["operating", "under-construction", "planned", "context"]),
  description: textSchema,
  dates: z.optional(
    z.strictObject({
      agreed: z.optional(partialDateSchema),
      constructionStart: z.optional(partialDateSchema),
      operation: z.optional(partialDateSchema),
    }),
  ),
  capacity: z.optional(z.array(quantitySchema)),
  length: z.optional(quantitySchema),
  owners: z.optional(z.array(textSchema)),
  builders: z.optional(z.array(textSchema)),
  /** How exactly the geometry is known: the facility, a town centroid, an estimate, or a drawing through towns. */
  precision: z.enum(["exact", "settlement", "approximate", "schematic"]),
  ...provenanceShape,
});
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

const lineSchema = z.array(positionSchema).check(z.minLength(2));

const geometrySchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("Point"), coordinates: positionSchema }),
  z.strictObject({ type: z.literal("LineString"), coordinates: lineSchema }),
  z.strictObject({ type: z.literal("MultiLineString"), coordinates: z.array(lineSchema).check(z.minLength(1)) }),
]);

export const placeFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  geometry: geometrySchema,
  properties: placePropertiesSchema,
});
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;

export const placesFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  type: z.literal("FeatureCollection"),
  features: z.array(placeFeatureSchema).check(z.minLength(1)),
});
export type PlacesFile = z.infer<typeof placesFileSchema>;
