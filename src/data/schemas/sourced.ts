import type { $ZodLooseShape } from "zod/v4/core";
import { z } from "zod/mini";
import { idSchema, provenanceShape } from "./common";

/** A record that carries its own provenance: its fields, then `sources`, `confidence`, `method` and `note`; no other keys. */
export function sourced<S extends $ZodLooseShape>(shape: S) {
  return z.strictObject({ ...shape, ...provenanceShape });
}

/** A sourced item of a list, named by its id so links, URL state and data:check can point at it. */
export function sourcedItem<S extends $ZodLooseShape>(shape: S) {
  return sourced({ id: idSchema, ...shape });
}
