import type { GeoConicProjection } from "d3-geo";
import { useMemo } from "react";
import { countryShapes, type CountryShapes } from "./countryShapes";
import type { Geography } from "./geography";
import type { Box } from "./labels";

export type { CountryShapes };

/** The countries' outlines for a projection, cut to the frame (countryShapes.ts), recomputed only when these change. */
export function useCountryShapes(
  projection: GeoConicProjection | null,
  geography: Geography | undefined,
  clip: Box | null,
): CountryShapes | null {
  return useMemo(
    () => (projection && geography && clip ? countryShapes(projection, geography, clip) : null),
    [projection, geography, clip],
  );
}
