import { useSuspenseQueries } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { DATASET_QUERIES } from "../../data/queries";
import { useLocale } from "../../lib/locale";
import { useUrlState, writeUrlState } from "../../lib/useUrlState";
import { Controls } from "../Controls";
import { DataBoundary } from "../DataBoundary";
import { OfflineReady } from "../offline/OfflineReady";
import { VIEW_URL_KEYS, VIEWS } from "../viewRegistry";
import { PredictStage } from "./present/predict/PredictStage";
import { StepNav } from "./present/StepNav";
import { StepView } from "./present/StepView";
import { isBareState, STORY, stepState, type Step, type StoryData } from "./present/story";
import { usePresentChannel } from "./present/presentChannel";
import { usePreloadNextStep } from "./present/usePreloadNextStep";
import { SpeakerViewButton } from "./present/SpeakerViewButton";
import { openSpeakerView } from "./present/speakerWindow";
import { PrintHandout } from "./handout/PrintHandout";

/** Keys that move a presentation: arrows and space, and what clickers send (Page Up/Down). */
const NEXT_KEYS = new Set(["ArrowRight", " "]);
const PREV_KEYS = new Set(["ArrowLeft"]);
const CLICKER_KEYS = new Set(["PageDown", "PageUp"]);
/** Keys a focused view uses itself (its chart reads years with the arrows); clicker keys always move the story. */
const VIEW_KEYS = new Set(["ArrowRight", "ArrowLeft", " ", "Home", "End"]);
/** Where the arrows and Home/End are the field's own (text, lists, a radio group, a slider); a button leaves them to the story. */
const OWN_KEYS_SELECTOR = 'input, select, textarea, summary, [role="radio"], [role="slider"], [role="listbox"], [role="menu"]';
/** A focused button or link acts on Space and Enter itself. */
const ACTIVATES_SELECTOR = "button, a[href], summary";

const QUERIES = DATASET_QUERIES;

/**
 * Moves from step `current` to step `n` (clamped), with that step's view state. Each step is a
 * history entry, so the browser's Back button goes back a step.
 */
function goToStep(n: number, current: number): void {
  const target = Math.max(1, Math.min(STORY.length, n));
  const next = STORY[target - 1];
  if (next && target !== current) writeUrlState(VIEW_URL_KEYS, { ...stepState(next), step: target }, { push: true });
}

/** `/present`: the classroom story, one view per step (`?step=N`), moved by keyboard or clicker. */
export function PresentPage() {
  const { t } = useLocale();
  const [state] = useUrlState(VIEW_URL_KEYS);
  const total = STORY.length;
  const current = Math.min(Math.max(1, state.step), total);
  const step = STORY[current - 1] ?? STORY[0];

  // A link to a bare step (?step=3) shows the step's own view state, read over the address rather than
  // written into it; a link with view keys keeps them.
  const preset = useMemo(() => (step && isBareState(state) ? stepState(step) : null), [step, state]);
  // Predict, then reveal: whether the current step's answer is shown. Moving to another step hides it
  // again, and so does coming back to it (a move clears it, however quickly the moves follow each other).
  const [reveal, setReveal] = useState({ step: current, shown: false });
  if (reveal.step !== current) setReveal({ step: current, shown: false });
  const revealed = reveal.step === current && reveal.shown;
  const moveTo = useCallback(
    (n: number) => {
      setReveal({ step: current, shown: false });
      goToStep(n, current);
    },
    [current],
  );

  // The speaker view (/present/speaker) moves with this window, and this window with it; a reveal there shows here.
  const tellReveal = usePresentChannel(current, moveTo, "audience", (n) => {
    if (n === current) setReveal({ step: n, shown: true });
  });
  const onReveal = useCallback(() => {
    setReveal({ step: current, shown: true });
    tellReveal(current);
  }, [current, tellReveal]);
  usePreloadNextStep(current);

  useEffect(() => {
    const move = (e: KeyboardEvent, n: number) => {
      e.preventDefault();
      moveTo(n);
    };
    // A clicker's Page Up/Down always moves the story, even from inside a chart that uses them itself.
    const onClicker = (e: KeyboardEvent) => {
      if (!CLICKER_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
      e.stopPropagation();
      move(e, e.key === "PageDown" ? current + 1 : current - 1);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || CLICKER_KEYS.has(e.key)) return;
      const from = e.target instanceof Element ? e.target : null;
      if (from?.closest(OWN_KEYS_SELECTOR)) return;
      if (e.key === " " && from?.closest(ACTIVATES_SELECTOR)) return;
      // Inside a view's chart, the arrows read its years; on the view's buttons, they move the story.
      if (from?.closest("[data-view]") && VIEW_KEYS.has(e.key) && !from.closest(ACTIVATES_SELECTOR)) return;
      if (NEXT_KEYS.has(e.key)) move(e, current + 1);
      else if (PREV_KEYS.has(e.key)) move(e, current - 1);
      else if (e.key === "Home") move(e, 1);
      else if (e.key === "End") move(e, total);
      else if (e.key === "f" || e.key === "F") toggleFullscreen();
      else if (e.key === "s" || e.key === "S") openSpeakerView(current);
    };
    window.addEventListener("keydown", onClicker, { capture: true });
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onClicker, { capture: true });
      window.removeEventListener("keydown", onKey);
    };
  }, [current, total, moveTo]);

  if (!step) return null;
  const view = VIEWS[step.view];
  return (
    <main className="page page--present" aria-label={t("present.label")}>
      <header className="present-bar">
        <p className="present-bar__count" aria-live="polite">
          {t("present.step", { n: current, total })}
        </p>
        <nav className="present-nav" aria-label={t("present.label")}>
          <StepNav current={current} total={total} onMove={moveTo} />
          <FullscreenButton />
          <SpeakerViewButton step={current} />
        </nav>
        <Controls />
        <OfflineReady />
      </header>
      <DataBoundary
        key={`words-${step.id}`}
        title={t("present.label")}
        minHeight={120}
        loadingLabel={t("view.loading", { view: t("present.label") })}
      >
        <StepWords step={step} />
      </DataBoundary>
      {/* Each step shows its view's slide form: the chart large, its source, and at most the one control the step is about. */}
      <div className="present-stage is-slide" key={`stage-${step.id}`}>
        {step.predict ? (
          <DataBoundary title={t(view.titleKey)} minHeight={view.minHeight} loadingLabel={t("view.loading", { view: t(view.titleKey) })}>
            <PredictStage step={step} revealed={revealed} onReveal={onReveal} />
          </DataBoundary>
        ) : (
          <StepView step={step} preset={preset} />
        )}
      </div>
      {/* The keys, told once at the start (the speaker view keeps them in sight), so later steps give the chart the room. */}
      {current === 1 && <p className="present-hint">{t("present.keys")}</p>}
      <PrintHandout />
    </main>
  );
}

/** The step's title and caption, computed from the datasets it speaks of. */
function StepWords({ step }: { step: Step }) {
  const locale = useLocale();
  const results = useSuspenseQueries({ queries: step.needs.map((name) => QUERIES[name](locale.lang)) });
  const data: StoryData = Object.fromEntries(step.needs.map((name, i) => [name, results[i]?.data]));
  const text = step.text(data, locale);
  return (
    <div className="present-step">
      <h1 className="present-step__title">{text?.title ?? locale.t(VIEWS[step.view].titleKey)}</h1>
      <p className="present-step__caption">{text?.caption ?? locale.t("present.missing")}</p>
    </div>
  );
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.();
}

const onFullscreenChange = (change: () => void) => {
  document.addEventListener("fullscreenchange", change);
  return () => document.removeEventListener("fullscreenchange", change);
};

/**
 * Whether the page may go fullscreen, and whether it is. The server (and the render that hydrates its page) cannot
 * know: it reserves the button's room, unseen, so the bar does not reflow when the browser says it can.
 */
function useFullscreen(): { enabled: boolean | null; full: boolean } {
  const enabled = useSyncExternalStore(
    onFullscreenChange,
    () => document.fullscreenEnabled,
    () => null,
  );
  const full = useSyncExternalStore(
    onFullscreenChange,
    () => document.fullscreenElement !== null,
    () => false,
  );
  return { enabled, full };
}

function FullscreenButton() {
  const { t } = useLocale();
  const { enabled, full } = useFullscreen();
  if (enabled === false) return null;
  return (
    <button
      type="button"
      className="button"
      aria-pressed={full}
      onClick={toggleFullscreen}
      style={enabled === null ? { visibility: "hidden" } : undefined}
    >
      {full ? t("present.exitFullscreen") : t("present.fullscreen")}
    </button>
  );
}
