import { useMemo } from "react";
import { useLocale } from "../../../lib/locale";
import { StepView } from "./StepView";
import { stepState, type Step } from "./story";

/**
 * A small, live drawing of a step's view in its own state and slide form, as on the class's screen (on a
 * step the class predicts, the view that holds the answer). It is `inert`: a picture for the presenter,
 * so the keys and the pointer stay with the speaker view.
 */
export function StepPreview({ step }: { step: Step }) {
  const { t } = useLocale();
  const preset = useMemo(() => stepState(step), [step]);
  return (
    <figure className="speaker-preview">
      <div className="present-stage speaker-preview__frame is-slide" inert>
        <StepView step={step} preset={preset} />
      </div>
      {/* A step the class predicts shows them a guessing stage; the presenter sees the answer it hides. */}
      <figcaption className="speaker-preview__caption">{t(step.predict ? "speaker.previewAnswer" : "speaker.preview")}</figcaption>
    </figure>
  );
}
