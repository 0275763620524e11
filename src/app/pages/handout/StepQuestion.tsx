import { useId } from "react";
import { useLocale } from "../../../lib/locale";

/** Lines left for a student's answer under the question. */
const ANSWER_LINES = 2;

/** The step's question for the student, with lines to answer on. */
export function StepQuestion({ question }: { question: string }) {
  const { t } = useLocale();
  const headingId = useId();
  return (
    <section className="handout-question" aria-labelledby={headingId}>
      <h3 id={headingId} className="handout-step__subhead">
        {t("handout.question")}
      </h3>
      <p className="handout-question__text">{question}</p>
      {Array.from({ length: ANSWER_LINES }, (_, i) => (
        <span key={i} className="handout-question__line" aria-hidden="true" />
      ))}
    </section>
  );
}
