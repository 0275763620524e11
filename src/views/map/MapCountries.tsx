import type { GeoConicProjection } from "d3-geo";
import { memo } from "react";
import type { Geography } from "./geography";
import type { Box } from "./labels";
import { FIXED } from "./PlaceMark";
import { useCountryShapes } from "./useCountryShapes";

interface Props {
  projection: GeoConicProjection;
  geography: Geography;
  /** The frame the map is seen through, in px at zoom 1: the outlines are cut to it. */
  clip: Box;
}

/**
 * The countries and borders: a static layer under the places, never re-rendered by a hover. It draws its outlines
 * itself, in a render of its own, so the browser gets a turn between it and the rest of the map's work.
 */
export const MapCountries = memo(function MapCountries({ projection, geography, clip }: Props) {
  const shapes = useCountryShapes(projection, geography, clip);
  if (!shapes) return null;
  return (
    <g className="map-countries" aria-hidden="true">
      {shapes.countries.map((c) => (
        <path key={c.name} className={c.focus ? "map-country map-country--focus" : "map-country"} data-country={c.name} d={c.d} />
      ))}
      <path className="map-borders" d={shapes.borders} vectorEffect={FIXED} />
      <path className="map-borders map-borders--focus" d={shapes.focusBorders} vectorEffect={FIXED} />
    </g>
  );
});
