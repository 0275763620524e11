import { useEffect, useId } from "react";
import { useLocale } from "../../lib/locale";
import { useUrlState, writeUrlState } from "../../lib/useUrlState";
import { Controls } from "../Controls";
import { DataBoundary } from "../DataBoundary";
import { VIEW_URL_KEYS } from "../viewRegistry";
import { LessonTimer } from "./present/LessonTimer";
import { usePresentChannel } from "./present/presentChannel";
import { SpeakerNotes } from "./present/SpeakerNotes";
import { stepForKey } from "./present/speakerKeys";
import { StepPreview } from "./present/StepPreview";
import { StepSummary } from "./present/StepSummary";
import { STORY } from "./present/story";
import "./present/speaker.css";

/**
 * Moves the speaker view to step `n` (clamped). Its address keeps only the step (and the language and
 * theme): the view state is the step's own, as on a bare link to /present.
 */
function goToStep(n: number): void {
  writeUrlState(VIEW_URL_KEYS, { step: Math.max(1, Math.min(STORY.length, n)) });
}

/**
 * `/present/speaker`: the presenter's window beside the class's screen. The step on screen (its words and
 * a small live drawing), its notes, the next step, the lesson's time; its keys move both windows, and a
 * move on the class's screen moves it (presentChannel.ts).
 */
export function SpeakerPage() {
  const { t } = useLocale();
  const [{ step: requested }] = useUrlState();
  const total = STORY.length;
  const current = Math.min(Math.max(1, requested), total);
  const step = STORY[current - 1] ?? STORY[0];
  const next = STORY[current];
  const notesId = useId();
  const nextId = useId();

  usePresentChannel(current, goToStep, "speaker");

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const from = e.target instanceof Element ? e.target : null;
      if (from?.closest("input, select, textarea")) return;
      // Space presses the button or follows the link it is on.
      if (e.key === " " && from?.closest("button, a, summary")) return;
      const n = stepForKey(e.key, current, total);
      if (n === null) return;
      e.preventDefault();
      if (n !== current) goToStep(n);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, total]);

  if (!step) return null;
  const boundary = (label: string) => ({ title: label, loadingLabel: t("view.loading", { view: label }) });
  return (
    <main className="page page--speaker" aria-label={t("speaker.label")}>
      <header className="speaker-bar">
        <p className="speaker-bar__count" aria-live="polite">
          {t("present.step", { n: current, total })}
        </p>
        <nav className="speaker-bar__nav" aria-label={t("speaker.bar")}>
          <button type="button" className="button" onClick={() => goToStep(current - 1)} disabled={current <= 1}>
            ← {t("present.prev")}
          </button>
          <button type="button" className="button" onClick={() => goToStep(current + 1)} disabled={current >= total}>
            {t("present.next")} →
          </button>
        </nav>
        <LessonTimer />
        <Controls />
      </header>
      <div className="speaker-grid">
        <section className="speaker-now">
          <DataBoundary key={`now-${step.id}`} minHeight={120} {...boundary(t("present.label"))}>
            <StepSummary
              step={step}
              title={(text) => <h1 className="speaker-now__title">{text}</h1>}
              captionClassName="speaker-now__caption"
            />
          </DataBoundary>
          <StepPreview key={step.id} step={step} />
        </section>
        <section className="speaker-notes" aria-labelledby={notesId}>
          <h2 id={notesId} className="speaker-section__title">
            {t("speaker.notes")}
          </h2>
          <DataBoundary key={`notes-${step.id}`} minHeight={320} {...boundary(t("speaker.notes"))}>
            <SpeakerNotes step={step} />
          </DataBoundary>
        </section>
        <section className="speaker-next" aria-labelledby={nextId}>
          <h2 id={nextId} className="speaker-section__title">
            {t("speaker.next")}
          </h2>
          {next ? (
            <DataBoundary key={`next-${next.id}`} minHeight={80} {...boundary(t("speaker.next"))}>
              <StepSummary
                step={next}
                title={(text) => <p className="speaker-next__title">{text}</p>}
                captionClassName="speaker-next__caption"
              />
            </DataBoundary>
          ) : (
            <p className="speaker-next__title">{t("speaker.last")}</p>
          )}
        </section>
      </div>
      <p className="speaker-keys">{t("speaker.keys")}</p>
    </main>
  );
}
