import { memo, useId } from "react";
import { useLocale } from "../../../lib/locale";
import { stepNotes } from "../present/notes";
import type { Step, StepText } from "../present/story";
import { figureSources } from "./figureSources";
import { StepChart } from "./StepChart";
import { StepFigures } from "./StepFigures";
import { StepQuestion } from "./StepQuestion";
import { StepQr } from "./StepQr";
import { StepSources } from "./StepSources";
import { MAX_SOURCES, stepSources, type HandoutData } from "./stepSources";

interface Props {
  step: Step;
  /** The step's number, from 1, and how many there are. */
  n: number;
  total: number;
  text: StepText | null;
  /** The step's title when its data lacks what the words speak of. */
  fallbackTitle: string;
  data: HandoutData;
  /** Called with the step's id once its chart is drawn. */
  onDrawn: (id: string) => void;
}

/**
 * One step on its own page: its words, its chart, its sources and the code that opens it live. Drawn again only
 * when its own props change: a step whose chart still waits to hydrate (StepChart) must not be drawn afresh because
 * another step has drawn.
 */
export const HandoutStep = memo(function HandoutStep({ step, n, total, text, fallbackTitle, data, onDrawn }: Props) {
  const locale = useLocale();
  const { t } = locale;
  const headingId = useId();
  const notes = stepNotes(step, data, locale);
  // A step the class predicts keeps its answer off paper: its figures and their sources hold it.
  const figures = step.predict ? null : notes;
  // The sources of the step's figures; without notes, those of what its chart draws.
  const sourceIds = step.predict ? [] : notes ? figureSources(notes.figures) : stepSources(step, data);
  const sourceNumbers = new Map(sourceIds.slice(0, MAX_SOURCES).map((id, i) => [id, i + 1]));
  return (
    <section className="handout-sheet handout-step" aria-labelledby={headingId} data-step={step.id}>
      <header className="handout-step__head">
        <p className="handout-step__count">{t("handout.step", { n, total })}</p>
        <h2 id={headingId} className="handout-step__title">
          {text?.title ?? fallbackTitle}
        </h2>
        <p className="handout-step__caption">{text?.caption ?? t("present.missing")}</p>
      </header>
      <StepChart step={step} onDrawn={onDrawn} />
      <div className="handout-step__foot">
        <div className="handout-step__notes">
          {figures && <StepFigures notes={figures} sourceNumbers={sourceNumbers} />}
          {step.predict && <p className="handout-step__answer">{t("handout.answerLater")}</p>}
        </div>
        <StepQr n={n} />
      </div>
      {notes && <StepQuestion question={notes.question} />}
      <StepSources ids={sourceIds} sources={data.sources?.sources ?? []} />
    </section>
  );
});
