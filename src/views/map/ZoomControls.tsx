import { useLocale } from "../../lib/locale";

interface Props {
  k: number;
  maxScale: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}

/** Some slack when comparing zoom factors, which d3 computes in floating point. */
const EPSILON = 1e-3;

/** The +, − and reset buttons over the map's top-right corner. aria-disabled, not disabled, at the limits: a disabled button would drop the keyboard focus. */
export function ZoomControls({ k, maxScale, onZoomIn, onZoomOut, onReset }: Props) {
  const { t } = useLocale();
  return (
    <div className="map-zoom" role="group" aria-label={t("map.zoom.label")}>
      <button
        type="button"
        className="map-zoom__button"
        onClick={onZoomIn}
        aria-disabled={k >= maxScale - EPSILON}
        aria-label={t("map.zoom.in")}
        title={t("map.zoom.in")}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="map-zoom__button"
        onClick={onZoomOut}
        aria-disabled={k <= 1 + EPSILON}
        aria-label={t("map.zoom.out")}
        title={t("map.zoom.out")}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="map-zoom__button"
        onClick={onReset}
        aria-disabled={k <= 1 + EPSILON}
        aria-label={t("map.zoom.reset")}
        title={t("map.zoom.reset")}
      >
        <span aria-hidden="true">⟲</span>
      </button>
    </div>
  );
}
