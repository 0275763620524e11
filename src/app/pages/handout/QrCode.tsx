import { useMemo } from "react";
import { QUIET_ZONE, qrModules } from "./qrModules";

interface Props {
  /** What the code says: an address. */
  text: string;
  /** Its accessible name, which names the address too. */
  label: string;
}

/**
 * A QR code as vector graphics: one path of dark modules on a white square with its quiet zone, crisp at
 * any print resolution. Black on white in every theme: a phone's reader wants dark modules on light.
 * Its printed size is set in CSS (handout.css).
 */
export function QrCode({ text, label }: Props) {
  const { size, d } = useMemo(() => qrModules(text), [text]);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
