import { memo } from "react";
import type { ClusterItem } from "./mapItems";

interface Props {
  clusters: readonly ClusterItem[];
  /** Each cluster's spoken name: "Khorgos area: 16 places". */
  labelOf: (c: ClusterItem) => string;
  /** Radius (px) of a cluster's circle: its target is at least 24 px across. */
  radius: number;
  /** Size (px) of the count, and how the reader's language writes it. */
  fontSize: number;
  format: (n: number) => string;
  /** The one item in the tab order, if it is a cluster. */
  tabbableId: string | undefined;
  /** The cluster with keyboard focus, ringed. */
  focusedId: string | null;
}

/** How far (px) a cluster's target reaches beyond its circle, so it stays 24 px across however the map is scaled. */
const HIT_SLACK = 2;
/** Gap (px) between a cluster's circle and its focus ring. */
const RING_GAP = 4;

/**
 * Places too close to tell apart at this zoom, drawn as one numbered circle each (screen pixels: they
 * are grouped anew at every zoom). Each is a button: it zooms in to part them, or lists them.
 */
export const MapClusters = memo(function MapClusters({ clusters, labelOf, radius, fontSize, format, tabbableId, focusedId }: Props) {
  return (
    <g className="map-clusters">
      {clusters.map((c) => (
        <g
          key={c.id}
          className="map-cluster"
          data-cluster={c.leader}
          data-members={c.ids.join(" ")}
          role="button"
          tabIndex={c.id === tabbableId ? 0 : -1}
          aria-label={labelOf(c)}
          transform={`translate(${c.x},${c.y})`}
        >
          <circle className="map-cluster__hit" r={radius + HIT_SLACK} />
          <circle className="map-cluster__disc" r={radius} />
          <text className="map-cluster__count" dy="0.35em" textAnchor="middle" fontSize={fontSize} aria-hidden="true">
            {format(c.ids.length)}
          </text>
          {c.id === focusedId && <circle className="map-highlight map-highlight--focus" r={radius + RING_GAP} aria-hidden="true" />}
        </g>
      ))}
    </g>
  );
});
