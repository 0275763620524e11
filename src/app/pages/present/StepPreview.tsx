import { useMemo } from "react";
import { EmbedFormContext, type EmbedForm } from "../../../lib/embedForm";
import { useLocale } from "../../../lib/locale";
import { UrlPresetContext } from "../../../lib/useUrlState";
import { ViewFrame } from "../../ViewFrame";
import { VIEWS } from "../../viewRegistry";
import { stepState, type Step } from "./story";

/** Each view's compact slide form: its main chart filling the box, no controls, no title of its own. */
const SLIDE_FORM: EmbedForm = { slide: true, controls: "none", title: false };

/**
 * A small, live drawing of a step's view in its own state, as on the class's screen. It is `inert`: a
 * picture for the presenter, so the keys and the pointer stay with the speaker view.
 */
export function StepPreview({ step }: { step: Step }) {
  const { t } = useLocale();
  const view = VIEWS[step.view];
  const preset = useMemo(() => stepState(step), [step]);
  return (
    <figure className="speaker-preview">
      <div className="speaker-preview__frame is-slide" inert>
        <EmbedFormContext.Provider value={SLIDE_FORM}>
          <UrlPresetContext.Provider value={preset}>
            <ViewFrame view={view}>
              <view.Component />
            </ViewFrame>
          </UrlPresetContext.Provider>
        </EmbedFormContext.Provider>
      </div>
      <figcaption className="speaker-preview__caption">{t("speaker.preview")}</figcaption>
    </figure>
  );
}
