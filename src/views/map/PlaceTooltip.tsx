import type { PlaceFeature } from "../../data/schemas/places";
import { useLocale } from "../../lib/locale";
import { isApproximate } from "./compute";
import { dimmedText, placeStatusText } from "./placeText";
import { placeName } from "../../data/derive/places";

/** What the tooltip says about a place: its name, what and where it stands, and any caveat. */
export function PlaceTooltip({ feature, year }: { feature: PlaceFeature; year: number | null }) {
  const locale = useLocale();
  const { t } = locale;
  const dimmed = dimmedText(locale, feature, year);
  return (
    <>
      <strong className="map-tooltip__name">{placeName(feature)}</strong>
      <span className="map-tooltip__line">{placeStatusText(locale, feature)}</span>
      {dimmed && <span className="map-tooltip__line map-tooltip__caveat">{dimmed}</span>}
      {isApproximate(feature) && (
        <span className="map-tooltip__line map-tooltip__caveat">{t(`map.precision.${feature.properties.precision}`)}</span>
      )}
    </>
  );
}
