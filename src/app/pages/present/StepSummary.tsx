import type { ReactNode } from "react";
import { useLocale } from "../../../lib/locale";
import { VIEWS } from "../../viewRegistry";
import type { Step } from "./story";
import { useStoryData } from "./useStoryData";

interface Props {
  step: Step;
  /** Draws the title: a heading on the step shown, plain text for the step after it. */
  title: (text: string) => ReactNode;
  captionClassName: string;
}

/** A step's title and caption, computed from the datasets it speaks of (its view's name when the data lacks them). */
export function StepSummary({ step, title, captionClassName }: Props) {
  const locale = useLocale();
  const text = step.text(useStoryData(step.needs), locale);
  return (
    <>
      {title(text?.title ?? locale.t(VIEWS[step.view].titleKey))}
      <p className={captionClassName}>{text?.caption ?? locale.t("present.missing")}</p>
    </>
  );
}
