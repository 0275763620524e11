import { useCallback, useMemo } from "react";
import { EmbedFormContext, type EmbedForm } from "../../../lib/embedForm";
import { UrlPresetContext } from "../../../lib/useUrlState";
import { ViewFrame } from "../../ViewFrame";
import { VIEWS } from "../../viewRegistry";
import { stepState, type Step } from "../present/story";
import { WhenDrawn } from "./WhenDrawn";

/** Each view's slide form: the main chart and a source line, no controls, the step's own title above it. */
const SLIDE_FORM: EmbedForm = { slide: true, controls: "none", title: false };

interface Props {
  step: Step;
  /** Called with the step's id once its view has drawn its chart. */
  onDrawn: (id: string) => void;
  drawn: boolean;
}

/**
 * A step's chart on paper: its view in the step's state (as /present shows it), in its slide form, in a
 * box of fixed size (handout.css), so the view measures the same on screen and on any paper size.
 */
export function StepChart({ step, onDrawn, drawn }: Props) {
  const view = VIEWS[step.view];
  const preset = useMemo(() => stepState(step), [step]);
  const done = useCallback(() => onDrawn(step.id), [onDrawn, step.id]);
  return (
    <div className="handout-chart is-slide" data-drawn={drawn ? "" : undefined}>
      <EmbedFormContext.Provider value={SLIDE_FORM}>
        <UrlPresetContext.Provider value={preset}>
          <ViewFrame view={view} headingLevel={3}>
            <view.Component />
            <WhenDrawn run={done} />
          </ViewFrame>
        </UrlPresetContext.Provider>
      </EmbedFormContext.Provider>
    </div>
  );
}
