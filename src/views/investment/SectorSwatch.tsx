/** The side of a sector's colour sample: the unit chart's legend swatch. */
const SIZE = 13;

/** A sector's colour, as the unit chart draws its squares: the sample on the sector filter's chips. */
export function SectorSwatch({ color }: { color: string }) {
  return (
    <svg className="investment-swatch" width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
      <rect width={SIZE} height={SIZE} rx={2} fill={color} />
    </svg>
  );
}
