import { z } from "zod/mini";
import type { InLanguage } from "../inLanguage";
import { datedShape, idSchema, localizedNameSchema, localizedText, localizedTextSchema, partialDateSchema, sourceIdSchema } from "./common";
import { datasetFile } from "./datasetFile";
import { sourced, sourcedItem } from "./sourced";

export const levelIdSchema = z.enum([
  "diplomatic-relations",
  "strategic-partnership",
  "comprehensive-strategic-partnership",
  "permanent-comprehensive-strategic-partnership",
]);
export type LevelId = z.infer<typeof levelIdSchema>;

export const levelSchema = sourced({
  id: levelIdSchema,
  /** 1 for the first rung; the ladder must be in rank and date order. */
  rank: z.int().check(z.gte(1)),
  ...datedShape,
  name: localizedNameSchema,
  description: localizedTextSchema,
  /**
   * Where each language's name comes from: the wording of each government's own texts (a joint statement, the
   * president's office, a ministry), and a note on it where the two sides' wordings differ.
   */
  naming: z.strictObject({
    sources: z.array(sourceIdSchema).check(z.minLength(1, "at least one source id")),
    note: localizedTextSchema,
  }),
});
export type Level = InLanguage<z.infer<typeof levelSchema>>;

export const eventCategorySchema = z.enum(["diplomacy", "visit", "summit", "treaty", "economy", "project", "people"]);
export type EventCategory = z.infer<typeof eventCategorySchema>;

export const eventSchema = sourcedItem({
  ...datedShape,
  /** Last day of a multi-day event, if any. */
  endDate: z.optional(partialDateSchema),
  category: eventCategorySchema,
  title: localizedText(90),
  description: localizedTextSchema,
  /** Marks the events a trade chart should show on its time axis. */
  major: z.optional(z.boolean()),
  /** Set when the event is a rung of the ladder. */
  level: z.optional(levelIdSchema),
  /**
   * The places (ids in places.json) whose milestone this event is: its date must be one of each place's dates
   * (agreed, construction start, operation), which data:check holds them to.
   */
  places: z.optional(z.array(idSchema).check(z.minLength(1))),
});
export type TimelineEvent = InLanguage<z.infer<typeof eventSchema>>;

export const timelineFileSchema = datasetFile({
  levels: z.array(levelSchema).check(z.minLength(1)),
  events: z.array(eventSchema).check(z.minLength(1)),
});
export type TimelineFile = InLanguage<z.infer<typeof timelineFileSchema>>;
