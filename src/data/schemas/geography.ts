import "./noEval";
import { z } from "zod/mini";
import { localizedNameSchema } from "./common";

// The country shapes the map draws. Served beside the datasets but built by `npm run geo:build` from
// Natural Earth, not edited by hand, so it is not in the dataset registry that data:check reads.

const pair = z.tuple([z.number(), z.number()]);
const arcIndexes = z.array(z.unknown());

/** A loose TopoJSON shape: enough to trust what the map reads, not a full TopoJSON validator. */
export const geographySchema = z.looseObject({
  type: z.literal("Topology"),
  transform: z.optional(z.looseObject({ scale: pair, translate: pair })),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.looseObject({
    countries: z.looseObject({
      type: z.literal("GeometryCollection"),
      geometries: z.array(
        z.looseObject({
          type: z.enum(["Polygon", "MultiPolygon"]),
          arcs: arcIndexes,
          properties: z.looseObject({ name: z.string().check(z.minLength(1)), names: z.optional(localizedNameSchema) }),
        }),
      ),
    }),
  }),
});
export type GeographyFile = z.infer<typeof geographySchema>;
