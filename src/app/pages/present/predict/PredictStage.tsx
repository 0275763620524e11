import { useSuspenseQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { SourceLine } from "../../../../charts/SourceLine";
import { investmentQuery, tradeQuery } from "../../../../data/queries";
import { periodLabel, qualified } from "../../../../data/derive/investment";
import { seriesById } from "../../../../data/derive/trade";
import { useLocale, type Locale } from "../../../../lib/locale";
import { useReducedMotion } from "../../../../lib/useReducedMotion";
import type { LinePredict, Step } from "../story";
import { choiceOptions, compareLine, type Guess } from "./guess";
import { GuessChoice } from "./GuessChoice";
import { GuessLine } from "./GuessLine";
import { useOnClient } from "../../../../lib/useOnClient";
import "./predict.css";

/** A guess within this share of the data reads as close. */
const CLOSE_MISS = 0.05;

interface Props {
  step: Step;
  revealed: boolean;
  onReveal: () => void;
}

/**
 * A predict-then-reveal step: the class guesses (draws a line, or chooses a figure), then Reveal (the
 * button, or R) shows the data, how far the guess was, and the source. Nothing is recorded or sent:
 * the guess lives in this component and is gone with the step.
 */
export function PredictStage({ step, revealed, onReveal }: Props) {
  const { t } = useLocale();
  useEffect(() => {
    if (revealed) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || (e.key !== "r" && e.key !== "R")) return;
      if (e.target instanceof Element && e.target.closest("input[type=text], input:not([type]), textarea, select")) return;
      e.preventDefault();
      onReveal();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, onReveal]);

  const hydrated = useOnClient();
  const reveal = revealed ? null : (
    <button type="button" className="button predict__reveal" onClick={onReveal} aria-keyshortcuts="R">
      {t("present.guess.reveal")}
    </button>
  );
  return (
    <section
      className="view predict"
      data-view={step.view}
      data-hydrated={hydrated ? "" : undefined}
      aria-label={t("present.guess.reveal")}
    >
      {step.predict?.kind === "line" ? (
        <LinePrediction predict={step.predict} revealed={revealed} reveal={reveal} />
      ) : (
        <ChoicePrediction revealed={revealed} reveal={reveal} />
      )}
    </section>
  );
}

interface PartProps {
  revealed: boolean;
  /** The Reveal button, placed by each kind of prediction beside its result. */
  reveal: ReactNode;
}

function LinePrediction({ predict, revealed, reveal }: PartProps & { predict: LinePredict }) {
  const locale = useLocale();
  const { data: trade } = useSuspenseQuery(tradeQuery(locale.lang));
  const reduceMotion = useReducedMotion();
  const [guess, setGuess] = useState<Guess>(() => new Map());
  const series = seriesById(trade, predict.series);
  const points = useMemo(() => series?.points.map((p) => ({ year: p.year, value: p.value })) ?? [], [series]);
  if (!series) return <p className="predict__result">{locale.t("present.missing")}</p>;
  const hiddenSources = series.points.filter((p) => p.year > predict.cutYear).flatMap((p) => p.sources);
  return (
    <>
      <GuessLine
        points={points}
        cutYear={predict.cutYear}
        revealed={revealed}
        guess={guess}
        onGuess={setGuess}
        seriesName={locale.t(`trade.reporter.${series.reporter}`)}
        reduceMotion={reduceMotion}
      />
      <div className="predict__footer">
        {reveal}
        {revealed && (
          <div className="predict__result" role="status">
            {lineResult(locale, guess, points, predict.cutYear).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
            <SourceLine ids={hiddenSources} max={2} />
          </div>
        )}
      </div>
    </>
  );
}

/** What the reveal says, sentence by sentence: the guess's last year against the data, and the average miss. */
function lineResult(locale: Locale, guess: Guess, points: readonly { year: number; value: number }[], cutYear: number): string[] {
  const { t, tn, fmt } = locale;
  const result = compareLine(guess, points, cutYear);
  if (!result) {
    const last = [...points].sort((a, b) => b.year - a.year)[0];
    return last ? [t("present.guess.none", { actual: fmt.usdCompact(last.value), year: last.year })] : [];
  }
  const { last, meanMiss, guessed } = result;
  const args = {
    year: last.year,
    guess: fmt.usdCompact(last.guess),
    actual: fmt.usdCompact(last.actual),
    miss: fmt.percent(Math.abs(last.miss)),
  };
  const key =
    Math.abs(last.miss) < CLOSE_MISS
      ? "present.guess.result.close"
      : last.miss < 0
        ? "present.guess.result.low"
        : "present.guess.result.high";
  return [t(key, args), tn("present.guess.average", guessed, { count: guessed, miss: fmt.percent(meanMiss) })];
}

function ChoicePrediction({ revealed, reveal }: PartProps) {
  const locale = useLocale();
  const { t, fmt } = locale;
  const { data: investment } = useSuspenseQuery(investmentQuery(locale.lang));
  const [chosen, setChosen] = useState<string | null>(null);
  const { headline, counts } = investment;
  const options = useMemo(
    () =>
      choiceOptions(
        { value: headline.value, item: headline },
        counts.map((c) => ({ value: c.value, item: c })),
      ),
    [headline, counts],
  );
  const label = (value: number, qualifier: typeof headline.qualifier) => qualified(locale, qualifier, fmt.usdCompact(value));
  const answer = label(headline.value, headline.qualifier);
  const picked = options.find((o) => o.item.id === chosen)?.item ?? null;
  const result =
    picked === null
      ? t("present.choice.none", { value: answer, measures: headline.measures })
      : picked.id === headline.id
        ? t("present.choice.right", { value: answer, measures: headline.measures })
        : t("present.choice.wrong", {
            chosen: label(picked.value, picked.qualifier),
            ratio: fmt.percent(picked.value / headline.value),
            why: picked.whyDifferent ?? picked.measures,
            value: answer,
            measures: headline.measures,
          });
  return (
    <>
      <GuessChoice
        question={t("present.choice.group", { period: periodLabel(locale, headline.period) })}
        options={options.map((o) => ({ id: o.item.id, label: label(o.value, o.item.qualifier) }))}
        answerId={headline.id}
        chosen={chosen}
        onChoose={setChosen}
        revealed={revealed}
      />
      <div className="predict__footer">
        {reveal}
        {revealed && (
          <div className="predict__result" role="status">
            <p>{result}</p>
            <SourceLine ids={[...headline.sources, ...(picked && picked.id !== headline.id ? picked.sources : [])]} max={3} />
          </div>
        )}
      </div>
    </>
  );
}
