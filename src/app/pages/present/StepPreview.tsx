import { useMemo } from "react";
import { EmbedFormContext } from "../../../lib/embedForm";
import { useLocale } from "../../../lib/locale";
import { UrlPresetContext } from "../../../lib/useUrlState";
import { ViewFrame } from "../../ViewFrame";
import { VIEWS } from "../../viewRegistry";
import { stepForm } from "./stepForm";
import { stepState, type Step } from "./story";

/**
 * A small, live drawing of a step's view in its own state and slide form, as on the class's screen (on a
 * step the class predicts, the view that holds the answer). It is `inert`: a picture for the presenter,
 * so the keys and the pointer stay with the speaker view.
 */
export function StepPreview({ step }: { step: Step }) {
  const { t } = useLocale();
  const view = VIEWS[step.view];
  const preset = useMemo(() => stepState(step), [step]);
  const form = useMemo(() => stepForm(step), [step]);
  return (
    <figure className="speaker-preview">
      <div className="present-stage speaker-preview__frame is-slide" inert>
        <EmbedFormContext.Provider value={form}>
          <UrlPresetContext.Provider value={preset}>
            <ViewFrame view={view}>
              <view.Component />
            </ViewFrame>
          </UrlPresetContext.Provider>
        </EmbedFormContext.Provider>
      </div>
      {/* A step the class predicts shows them a guessing stage; the presenter sees the answer it hides. */}
      <figcaption className="speaker-preview__caption">{t(step.predict ? "speaker.previewAnswer" : "speaker.preview")}</figcaption>
    </figure>
  );
}
