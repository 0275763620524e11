import { useEffect, useId, useState } from "react";
import { useLocale } from "../../lib/locale";
import { useUrlState, writeUrlState } from "../../lib/useUrlState";
import { Controls } from "../Controls";
import { DataBoundary } from "../DataBoundary";
import { VIEW_URL_KEYS } from "../viewRegistry";
import { LessonTimer } from "./present/LessonTimer";
import { usePresentChannel } from "./present/presentChannel";
import { SpeakerNotes } from "./present/SpeakerNotes";
import { stepForKey } from "./present/speakerKeys";
import { StepNav } from "./present/StepNav";
import { StepPreview } from "./present/StepPreview";
import { usePreloadNextStep } from "./present/usePreloadNextStep";
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

  // A predict step's answer: revealed from here (the button, or R) or on the class's screen.
  const [revealedStep, setRevealedStep] = useState<number | null>(null);
  const revealed = revealedStep === current;
  // A move hides the answer again, as on the class's screen: coming back to a step asks again.
  const moveTo = (n: number) => {
    setRevealedStep(null);
    goToStep(n);
  };
  const tellReveal = usePresentChannel(current, moveTo, "speaker", setRevealedStep);
  usePreloadNextStep(current);
  const canReveal = step?.predict !== undefined && !revealed;
  const reveal = () => {
    setRevealedStep(current);
    tellReveal(current);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const from = e.target instanceof Element ? e.target : null;
      if (from?.closest("input, select, textarea")) return;
      // Space presses the button or follows the link it is on.
      if (e.key === " " && from?.closest("button, a, summary")) return;
      if ((e.key === "r" || e.key === "R") && canReveal) {
        e.preventDefault();
        reveal();
        return;
      }
      const n = stepForKey(e.key, current, total);
      if (n === null) return;
      e.preventDefault();
      if (n !== current) moveTo(n);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (!step) return null;
  const boundary = (label: string) => ({ title: label, loadingLabel: t("view.loading", { view: label }) });
  return (
    <main className="page page--speaker" aria-label={t("speaker.label")}>
      <header className="speaker-bar">
        <p className="speaker-bar__count" aria-live="polite">
          {t("present.step", { n: current, total })}
        </p>
        <nav className="speaker-bar__nav" aria-label={t("speaker.bar")}>
          <StepNav current={current} total={total} onMove={moveTo} />
        </nav>
        {step.predict && (
          <button type="button" className="button" onClick={reveal} disabled={!canReveal} aria-keyshortcuts="R">
            {t(revealed ? "speaker.revealed" : "speaker.reveal")}
          </button>
        )}
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
