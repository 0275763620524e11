import { z } from "zod";
import { datePrecisionSchema, localizedNameSchema, partialDateSchema, provenanceShape } from "./common";

export const levelIdSchema = z.enum([
  "diplomatic-relations",
  "strategic-partnership",
  "comprehensive-strategic-partnership",
  "permanent-comprehensive-strategic-partnership",
]);
export type LevelId = z.infer<typeof levelIdSchema>;

export const levelSchema = z.strictObject({
  id: levelIdSchema,
  /** 1 for the first rung; the ladder must be in rank and date order. */
  rank: z.number().int().min(1),
  date: partialDateSchema,
  precision: datePrecisionSchema,
  name: localizedNameSchema,
  description: z.string().min(1),
  ...provenanceShape,
});
export type Level = z.infer<typeof levelSchema>;

export const eventCategorySchema = z.enum(["diplomacy", "visit", "summit", "treaty", "economy", "project", "people"]);
export type EventCategory = z.infer<typeof eventCategorySchema>;

export const eventSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: partialDateSchema,
  precision: datePrecisionSchema,
  /** Last day of a multi-day event, if any. */
  endDate: partialDateSchema.optional(),
  category: eventCategorySchema,
  title: z.string().min(1).max(90),
  description: z.string().min(1),
  /** Marks the events a trade chart should show on its time axis. */
  major: z.boolean().optional(),
  /** Set when the event is a rung of the ladder. */
  level: levelIdSchema.optional(),
  ...provenanceShape,
});
export type TimelineEvent = z.infer<typeof eventSchema>;

export const timelineFileSchema = z.strictObject({
  $schema: z.string().optional(),
  levels: z.array(levelSchema).min(1),
  events: z.array(eventSchema).min(1),
});
export type TimelineFile = z.infer<typeof timelineFileSchema>;
