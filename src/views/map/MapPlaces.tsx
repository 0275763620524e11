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
  /** Routes drawn inside a cluster: drawn, but the cluster is their target. */
  passiveIds?: ReadonlySet<string>;
  /** Routes too short on screen to hit: a disc of this radius (px) at their middle. */
  shortIds?: ReadonlySet<string>;
  hitDisc?: number;
}

const NONE: ReadonlySet<string> = new Set();

/** Every place's symbol, each a focusable, named element; memoized, so a hover elsewhere leaves it alone. */
export const MapPlaces = memo(function MapPlaces({
  marks,
  k,
  markScale,
  dimmedIds,
  selectedId,
  tabbableId,
  year,
  passiveIds = NONE,
  shortIds = NONE,
  hitDisc,
}: Props) {
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
          interactive={!passiveIds.has(m.id)}
          hitDisc={shortIds.has(m.id) ? hitDisc : undefined}
        />
      ))}
    </g>
  );
});
