import { memo, useMemo } from "react";
import { EmbedFormContext } from "../../../lib/embedForm";
import { UrlPresetContext } from "../../../lib/useUrlState";
import { ViewFrame } from "../../ViewFrame";
import { VIEWS } from "../../viewRegistry";
import { stepForm } from "./stepForm";
import type { Step } from "./story";

interface Props {
  step: Step;
  /** The view state read over the address (the step's own, on a bare link), or null to read the address alone. */
  preset: Readonly<Record<string, unknown>> | null;
}

/** A step's view as the class sees it: in the step's form (stepForm.ts), over the step's state. */
function StepViewOf({ step, preset }: Props) {
  const view = VIEWS[step.view];
  const form = useMemo(() => stepForm(step), [step]);
  return (
    <EmbedFormContext.Provider value={form}>
      <UrlPresetContext.Provider value={preset}>
        <ViewFrame view={view}>
          <view.Component />
        </ViewFrame>
      </UrlPresetContext.Provider>
    </EmbedFormContext.Provider>
  );
}

/**
 * Drawn again only when its step or preset changes: the page around it renders again for what the view does not
 * read (the browser's answers that follow hydration, a reveal, the bar), and a view drawn again in that render is
 * a long task the class waits through.
 */
export const StepView = memo(StepViewOf);
