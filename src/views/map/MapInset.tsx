import type { GeoConicProjection } from "d3-geo";
import { useId, type ReactNode } from "react";
import type { Geography } from "./geography";
import { InsetCountries } from "./MapCountries";
import type { Box } from "./labels";
import { FIXED } from "./PlaceMark";

interface Props {
  box: Box;
  /** The inset's projection, and the countries it draws through it once they have loaded. */
  projection: GeoConicProjection;
  geography: Geography | undefined;
  /** What the main map shows, outlined. */
  viewPath: string;
  /** The corridor, whole, from Khorgos to the coast. */
  corridorPath: string;
  /** Names the inset for assistive technology. */
  label: string;
  /** The places drawn in the inset, their clusters and labels. */
  children: ReactNode;
}

/**
 * The inset in the map's corner: the whole region small, the main map's view outlined on it, the corridor
 * to the Pacific, and the places too far east for the main frame. Inside the map's SVG, so the exports
 * carry it; it never moves with the zoom.
 */
export function MapInset({ box, projection, geography, viewPath, corridorPath, label, children }: Props) {
  const clipId = useId();
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  return (
    <g className="map-inset" role="group" aria-label={label}>
      <clipPath id={clipId}>
        <rect x={box.x0} y={box.y0} width={width} height={height} />
      </clipPath>
      <rect className="map-inset__sea" x={box.x0} y={box.y0} width={width} height={height} />
      <g clipPath={`url(#${clipId})`} aria-hidden="true">
        {geography && <InsetCountries projection={projection} geography={geography} clip={box} />}
        <path className="map-corridor map-corridor--inset" d={corridorPath} vectorEffect={FIXED} />
        {viewPath && <path className="map-inset__view" d={viewPath} vectorEffect={FIXED} />}
      </g>
      {children}
      <rect className="map-inset__frame" x={box.x0} y={box.y0} width={width} height={height} vectorEffect={FIXED} />
    </g>
  );
}
