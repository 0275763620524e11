import { useLocale } from "../../lib/locale";
import type { ControlsPlacement } from "./zoomControlsBox";

interface Props {
  /** Which corner: the map keeps labels out of it (zoomControlsBox.ts). */
  placement: ControlsPlacement;
  /** Before the map is measured: the corner follows the map's width by a container query (map.css). */
  fluid?: boolean;
  k: number;
  maxScale: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}

/** Some slack when comparing zoom factors, which d3 computes in floating point. */
const EPSILON = 1e-3;

/** The +, − and reset buttons over a corner of the map that holds no place. aria-disabled, not disabled, at the limits: a disabled button would drop the keyboard focus. */
export function ZoomControls({ placement, fluid = false, k, maxScale, onZoomIn, onZoomOut, onReset }: Props) {
  const { t } = useLocale();
  const zoomedOut = k <= 1 + EPSILON;
  const buttons = [
    { name: t("map.zoom.in"), symbol: "+", onClick: onZoomIn, atLimit: k >= maxScale - EPSILON },
    { name: t("map.zoom.out"), symbol: "−", onClick: onZoomOut, atLimit: zoomedOut },
    { name: t("map.zoom.reset"), symbol: "⟲", onClick: onReset, atLimit: zoomedOut },
  ];
  return (
    <div className={`map-zoom map-zoom--${placement}${fluid ? " map-zoom--fluid" : ""}`} role="group" aria-label={t("map.zoom.label")}>
      {buttons.map((b) => (
        <button
          key={b.symbol}
          type="button"
          className="map-zoom__button"
          onClick={b.onClick}
          aria-disabled={b.atLimit}
          aria-label={b.name}
          title={b.name}
        >
          <span aria-hidden="true">{b.symbol}</span>
        </button>
      ))}
    </div>
  );
}
