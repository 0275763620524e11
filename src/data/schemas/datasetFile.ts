import type { $ZodLooseShape } from "zod/v4/core";
import "./noEval";
import { z } from "zod/mini";

/**
 * A data file's top level: an optional `$schema` naming the generated JSON Schema (so editors validate the
 * file while someone types; data:check requires the right one), then the dataset's own keys, and no others.
 */
export function datasetFile<S extends $ZodLooseShape>(shape: S) {
  return z.strictObject({ $schema: z.optional(z.string()), ...shape });
}
