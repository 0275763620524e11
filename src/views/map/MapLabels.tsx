import { memo, useMemo } from "react";
import type { PlacedLabel } from "./labels";
import { isFocusCountry } from "./geography";
import { COUNTRY_PREFIX, type LabelSizes, type Mark } from "./mapLayout";
import { CLUSTER_PREFIX } from "./mapItems";
import { CORRIDOR_LABEL } from "./itemLabels";

interface Props {
  /**
   * Places the labels (labels.ts): called here, in this layer's own render, so that the browser gets a turn between
   * it and the rest of the map's work; and only when it changes (the map memoizes it on what the labels depend on).
   */
  place: () => readonly PlacedLabel[];
  byId: ReadonlyMap<string, Mark>;
  dimmedIds: ReadonlySet<string>;
  sizes: LabelSizes;
}

/** The names on the map, countries and places, placed clear of each other and of the symbols. */
export const MapLabels = memo(function MapLabels({ place, byId, dimmedIds, sizes }: Props) {
  const labels = useMemo(place, [place]);
  return (
    <g className="map-labels" aria-hidden="true">
      {labels.map((l) => {
        const country = l.id.startsWith(COUNTRY_PREFIX);
        const focusCountry = country && isFocusCountry(l.id.slice(COUNTRY_PREFIX.length));
        const className = [
          "map-label",
          country ? (focusCountry ? "map-label--focus-country" : "map-label--country") : "",
          l.id.startsWith(CLUSTER_PREFIX) ? "map-label--cluster" : "",
          l.id === CORRIDOR_LABEL ? "map-label--corridor" : "",
          !country && dimmedIds.has(l.id) ? "is-dimmed" : "",
          !country && byId.get(l.id)?.feature.properties.category === "city" ? "map-label--town" : "",
        ]
          .filter(Boolean)
          .join(" ");
        return (
          <text
            key={l.id}
            // The halo (a stroke) goes under the letters; an attribute, so exported SVGs keep it.
            paintOrder="stroke"
            className={className}
            x={l.x}
            y={l.y}
            dy="0.35em"
            textAnchor={l.anchor}
            fontSize={country ? (focusCountry ? sizes.focusCountry : sizes.country) : sizes.place}
          >
            {l.text}
          </text>
        );
      })}
    </g>
  );
});
