import { geoClipRectangle, geoPath, type GeoProjection } from "d3-geo";
import { useMemo } from "react";
import { isFocusCountry, type Geography } from "./geography";
import type { Box } from "./labels";

export interface CountryShapes {
  countries: { name: string; focus: boolean; d: string }[];
  borders: string;
  focusBorders: string;
}

/** Beyond the frame, so the outlines' strokes run off its edges rather than stopping at them. */
const CLIP_MARGIN = 4;
/** Decimals in the outlines' coordinates: a tenth of a pixel at zoom 1 is still under a pixel at the deepest zoom. */
const DIGITS = 1;

/**
 * The countries' outlines as SVG paths for a projection, cut to the frame they are seen through (`clip`, in px
 * at zoom 1: the zoom never shows beyond it), recomputed only when these change. The cut and the rounding keep
 * the drawing (and the prerendered page that holds it) to what can be seen: a sixth of the full outlines' size.
 */
export function useCountryShapes(
  projection: GeoProjection | null,
  geography: Geography | undefined,
  clip: Box | null,
): CountryShapes | null {
  return useMemo(() => {
    if (!projection || !geography || !clip) return null;
    const cut = geoClipRectangle(clip.x0 - CLIP_MARGIN, clip.y0 - CLIP_MARGIN, clip.x1 + CLIP_MARGIN, clip.y1 + CLIP_MARGIN);
    const path = geoPath({ stream: (output) => projection.stream(cut(output)) }).digits(DIGITS);
    return {
      // A country wholly outside the frame has nothing left to draw.
      countries: geography.countries
        .map((c) => ({ name: c.properties.name, focus: isFocusCountry(c.properties.name), d: path(c) ?? "" }))
        .filter((c) => c.d !== ""),
      borders: path(geography.borders) ?? "",
      focusBorders: path(geography.focusBorders) ?? "",
    };
  }, [projection, geography, clip]);
}
