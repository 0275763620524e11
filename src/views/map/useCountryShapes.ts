import { geoPath, type GeoProjection } from "d3-geo";
import { useMemo } from "react";
import { isFocusCountry, type Geography } from "./geography";

export interface CountryShapes {
  countries: { name: string; focus: boolean; d: string }[];
  borders: string;
  focusBorders: string;
}

/** The countries' outlines as SVG paths for a projection, recomputed only when it or the geography changes. */
export function useCountryShapes(projection: GeoProjection | null, geography: Geography | undefined): CountryShapes | null {
  return useMemo(() => {
    if (!projection || !geography) return null;
    const path = geoPath(projection);
    return {
      countries: geography.countries.map((c) => ({ name: c.properties.name, focus: isFocusCountry(c.properties.name), d: path(c) ?? "" })),
      borders: path(geography.borders) ?? "",
      focusBorders: path(geography.focusBorders) ?? "",
    };
  }, [projection, geography]);
}
