import { memo } from "react";
import { FIXED } from "./PlaceMark";
import type { CountryShapes } from "./useCountryShapes";

/** The countries and borders: a static layer under the places, never re-rendered by a hover. */
export const MapCountries = memo(function MapCountries({ shapes }: { shapes: CountryShapes }) {
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
