import type { GeoConicProjection } from "d3-geo";
import type { MultiLineString } from "geojson";
import { memo, useMemo } from "react";
import { outlinePath } from "./countryShapes";
import { isFocusCountry, type CountryFeature, type Geography } from "./geography";
import type { Box } from "./labels";
import { FIXED } from "./PlaceMark";

interface Outline {
  projection: GeoConicProjection;
  /** The frame the map is seen through, in px at zoom 1: the outline is cut to it. */
  clip: Box;
}

/**
 * A country's outline, drawn in a render of its own: the browser gets a turn between one outline and the next
 * (projecting them is the map's longest piece of work), and a hover draws none of them again.
 */
const CountryPath = memo(function CountryPath({ country, projection, clip, named }: Outline & { country: CountryFeature; named: boolean }) {
  const d = useMemo(() => outlinePath(projection, country, clip), [projection, country, clip]);
  // A country wholly outside the frame has nothing to draw.
  if (d === "") return null;
  const { name } = country.properties;
  return (
    <path
      className={isFocusCountry(name) ? "map-country map-country--focus" : "map-country"}
      data-country={named ? name : undefined}
      d={d}
    />
  );
});

/** Borders, as one path, in a render of their own. */
const BorderPath = memo(function BorderPath({
  lines,
  projection,
  clip,
  className,
}: Outline & { lines: MultiLineString; className: string }) {
  const d = useMemo(() => outlinePath(projection, lines, clip), [projection, lines, clip]);
  return <path className={className} d={d} vectorEffect={FIXED} />;
});

interface Props extends Outline {
  geography: Geography;
}

/** The countries and borders: a static layer under the places, each outline drawn in a render of its own. */
export const MapCountries = memo(function MapCountries({ projection, geography, clip }: Props) {
  return (
    <g className="map-countries" aria-hidden="true">
      {geography.countries.map((c) => (
        <CountryPath key={c.properties.name} country={c} projection={projection} clip={clip} named />
      ))}
      <BorderPath lines={geography.borders} projection={projection} clip={clip} className="map-borders" />
      <BorderPath lines={geography.focusBorders} projection={projection} clip={clip} className="map-borders map-borders--focus" />
    </g>
  );
});

/** The inset's countries (MapInset), as the map's but with only Kazakhstan's and China's borders. */
export const InsetCountries = memo(function InsetCountries({ projection, geography, clip }: Props) {
  return (
    <>
      {geography.countries.map((c) => (
        <CountryPath key={c.properties.name} country={c} projection={projection} clip={clip} named={false} />
      ))}
      <BorderPath lines={geography.focusBorders} projection={projection} clip={clip} className="map-borders map-borders--focus" />
    </>
  );
});
