import { memo, Suspense, useCallback, useMemo, useState } from "react";
import { useLocale } from "../../../lib/locale";
import { EmbedFormContext, type EmbedForm } from "../../../lib/embedForm";
import { UrlPresetContext } from "../../../lib/useUrlState";
import { DataBoundary } from "../../DataBoundary";
import { stepHoldKey } from "../../hydration";
import { HydrationHold } from "../../HydrationHold";
import { ViewFrame } from "../../ViewFrame";
import { VIEWS } from "../../viewRegistry";
import { PredictStage } from "../present/predict/PredictStage";
import { stepState, type Step } from "../present/story";
import { WhenDrawn } from "./WhenDrawn";

/** Each view's slide form: the main chart and a source line, no controls, the step's own title above it. */
const SLIDE_FORM: EmbedForm = { slide: true, controls: "none", title: false };

/** On paper the guess is made with a pen, and the answer is on the steps that follow. */
const NEVER_REVEAL = () => {};

interface Props {
  step: Step;
  /** Called with the step's id once its view has drawn its chart. */
  onDrawn: (id: string) => void;
}

/**
 * A step's chart on paper: its view in the step's state (as /present shows it), in its slide form, in a
 * box of fixed size (handout.css), so the view measures the same on screen and on any paper size. A
 * predict step prints what the class guesses on: the line up to where the guess starts, with the room
 * to draw it, or the figures to choose among. `data-drawn` says the view has drawn it.
 */
export function StepChart({ step, onDrawn }: Props) {
  const [drawn, setDrawn] = useState(false);
  const done = useCallback(() => {
    setDrawn(true);
    onDrawn(step.id);
  }, [onDrawn, step.id]);
  return (
    <div className="handout-chart is-slide" data-drawn={drawn ? "" : undefined}>
      <StepView step={step} onDrawn={done} />
    </div>
  );
}

/**
 * The view itself, in a boundary of its own: on the prerendered handout, each step's view hydrates when it comes
 * near or is printed (main.tsx), so the page does not lay out eleven charts at load. Memoized, so that the box
 * saying it is drawn does not draw a view still waiting to hydrate afresh.
 */
const StepView = memo(function StepView({ step, onDrawn }: { step: Step; onDrawn: () => void }) {
  const { t } = useLocale();
  const view = VIEWS[step.view];
  const preset = useMemo(() => stepState(step), [step]);
  const title = t(view.titleKey);
  return (
    <Suspense fallback={null}>
      <HydrationHold id={stepHoldKey(step.id)} />
      <EmbedFormContext.Provider value={SLIDE_FORM}>
        <UrlPresetContext.Provider value={preset}>
          {step.predict ? (
            <DataBoundary title={title} minHeight={view.minHeight} loadingLabel={t("view.loading", { view: title })}>
              <PredictStage step={step} revealed={false} onReveal={NEVER_REVEAL} />
              <WhenDrawn run={onDrawn} />
            </DataBoundary>
          ) : (
            <ViewFrame view={view} headingLevel={3}>
              <view.Component />
              <WhenDrawn run={onDrawn} />
            </ViewFrame>
          )}
        </UrlPresetContext.Provider>
      </EmbedFormContext.Provider>
    </Suspense>
  );
});
