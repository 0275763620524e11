import { useLocale } from "../../../lib/locale";
import { openSpeakerView } from "./speakerWindow";

/** Opens the speaker view (notes, next step, timer) in its own window, on the step shown here; also the key S. */
export function SpeakerViewButton({ step }: { step: number }) {
  const { t } = useLocale();
  return (
    <button type="button" className="button" aria-keyshortcuts="S" title={t("speaker.openHint")} onClick={() => openSpeakerView(step)}>
      {t("speaker.open")}
    </button>
  );
}
