import { memo } from "react";
import { useLocale } from "../../lib/locale";
import type { Mark } from "./mapLayout";
import { PlaceMark } from "./PlaceMark";
import { placeLabel } from "./placeText";

interface Props {
  marks: readonly Mark[];
  /** The zoom scale, so symbols keep their size on screen. */
  k: number;
  markScale: number;
  dimmedIds: ReadonlySet<string>;
  selectedId: string | null;
  /** The one place reachable by Tab; arrows move from there. */
  tabbableId: string | undefined;
  year: number | null;
}

/** Every place's symbol, each a focusable, named element; memoized, so a hover elsewhere leaves it alone. */
export const MapPlaces = memo(function MapPlaces({ marks, k, markScale, dimmedIds, selectedId, tabbableId, year }: Props) {
  const locale = useLocale();
  return (
    <g className="map-places">
      {marks.map((m) => (
        <PlaceMark
          key={m.id}
          mark={m}
          k={k}
          scale={markScale}
          dimmed={dimmedIds.has(m.id)}
          selected={m.id === selectedId}
          tabbable={m.id === tabbableId}
          label={placeLabel(locale, m.feature, year)}
        />
      ))}
    </g>
  );
});
