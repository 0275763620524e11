import { z } from "zod";
import { localizedNameSchema, partialDateSchema, provenanceShape } from "./common";

/** [longitude, latitude] in WGS84 degrees. */
export const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
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
  value: z.number().positive(),
  unit: z.string().min(1),
  label: z.string().min(1).optional(),
});

export const placePropertiesSchema = z.strictObject({
  name: localizedNameSchema,
  category: placeCategorySchema,
  status: z.enum(["operating", "under-construction", "planned", "context"]),
  description: z.string().min(1),
  dates: z
    .strictObject({
      agreed: partialDateSchema.optional(),
      constructionStart: partialDateSchema.optional(),
      operation: partialDateSchema.optional(),
    })
    .optional(),
  capacity: z.array(quantitySchema).optional(),
  length: quantitySchema.optional(),
  owners: z.array(z.string().min(1)).optional(),
  builders: z.array(z.string().min(1)).optional(),
  /** How exactly the geometry is known: the facility, a town centroid, an estimate, or a drawing through towns. */
  precision: z.enum(["exact", "settlement", "approximate", "schematic"]),
  ...provenanceShape,
});
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

const geometrySchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("Point"), coordinates: positionSchema }),
  z.strictObject({ type: z.literal("LineString"), coordinates: z.array(positionSchema).min(2) }),
  z.strictObject({ type: z.literal("MultiLineString"), coordinates: z.array(z.array(positionSchema).min(2)).min(1) }),
]);

export const placeFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  id: z.string().regex(/^[a-z0-9-]+$/),
  geometry: geometrySchema,
  properties: placePropertiesSchema,
});
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;

export const placesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  type: z.literal("FeatureCollection"),
  features: z.array(placeFeatureSchema).min(1),
});
export type PlacesFile = z.infer<typeof placesFileSchema>;
