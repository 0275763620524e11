import { useId } from "react";
import { useSources } from "../../../charts/useSources";
import { useLocale } from "../../../lib/locale";
import { notesNeeds, stepNotes, type StepFigure } from "./notes";
import type { Step } from "./story";
import { useStoryData } from "./useStoryData";

/** Source names a figure line shows before it counts the rest. */
const MAX_SOURCE_NAMES = 3;

/** A step's notes for the presenter: what to say, the question to ask, then the key figures with who reported them and where from. */
export function SpeakerNotes({ step }: { step: Step }) {
  const locale = useLocale();
  const { t } = locale;
  const figuresId = useId();
  const askId = useId();
  const notes = stepNotes(step, useStoryData(notesNeeds(step)), locale);
  if (!notes) return <p className="speaker-notes__none">{t("speaker.noNotes")}</p>;
  return (
    <>
      <h3 className="speaker-notes__label">{t("speaker.say")}</h3>
      <p className="speaker-notes__say">{notes.say}</p>
      <section className="speaker-ask" aria-labelledby={askId}>
        <h3 className="speaker-notes__label" id={askId}>
          {t("speaker.ask")}
        </h3>
        <p className="speaker-ask__question">{notes.question}</p>
      </section>
      <h3 className="speaker-notes__label" id={figuresId}>
        {t("speaker.figures")}
      </h3>
      <ul className="speaker-figures" aria-labelledby={figuresId}>
        {notes.figures.map((figure, i) => (
          <Figure key={i} figure={figure} />
        ))}
      </ul>
    </>
  );
}

function Figure({ figure }: { figure: StepFigure }) {
  const { t, tn, fmt } = useLocale();
  const sources = useSources();
  // Sources that share a publisher are named once.
  const names = [...new Set(figure.sourceIds.map((id) => sources.name(id)))];
  const shown = names.length > MAX_SOURCE_NAMES ? names.slice(0, MAX_SOURCE_NAMES - 1) : names;
  const listed = fmt.list(shown.length < names.length ? [...shown, tn("speaker.figure.more", names.length - shown.length)] : shown);
  return (
    <li className="speaker-figure">
      <span className="speaker-figure__value">{figure.value}</span>
      <span className="speaker-figure__label">{figure.label}</span>
      {figure.reporter && <span className="speaker-figure__meta">{t("speaker.figure.reporter", { reporter: figure.reporter })}</span>}
      <span className="speaker-figure__meta" title={fmt.list(names)}>
        {t(names.length > 1 ? "speaker.figure.sources" : "speaker.figure.source", { sources: listed })}
      </span>
    </li>
  );
}
