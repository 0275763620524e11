import { useLocale } from "../../lib/locale";

interface Props {
  /** Id of the keyboard instructions, which the map points to with aria-describedby. */
  id: string;
  /** The reader has used the keyboard on the map: the instructions show. */
  keyboard: boolean;
  /** On a slide nothing shows: the map takes the room (the instructions are still read out). */
  slide: boolean;
}

/**
 * How to work the map, for the reader who needs it: the keys once the keyboard is used on the map
 * (before that they are only read out, with the map's name), and on a touch screen a one-line hint
 * about pinching and tapping (map.css shows it only where the pointer is coarse).
 */
export function MapInstructions({ id, keyboard, slide }: Props) {
  const { t } = useLocale();
  return (
    <>
      <p id={id} className={keyboard && !slide ? "chart-keys map-keys" : "visually-hidden"}>
        {t("map.keys")}
      </p>
      {!slide && (
        <p className="map-touch-hint" aria-hidden="true">
          {t("map.touchHint")}
        </p>
      )}
    </>
  );
}
