/** A dashed ring around the spot a list to choose from is about, so the reader sees which crowd it lists. */
export function MapSpot({ at: [x, y], radius }: { at: readonly [number, number]; radius: number }) {
  return <circle className="map-spot" cx={x} cy={y} r={radius} aria-hidden="true" />;
}
