import { useId, useMemo } from "react";
import { useLocale } from "../../../lib/locale";
import { clockParts } from "./lessonTimer";
import { useLessonTimer } from "./useLessonTimer";

/** The lesson's clock (minutes and seconds, hours after the first), with Pause or Resume and Reset. */
export function LessonTimer() {
  const { t, lang } = useLocale();
  const labelId = useId();
  const { elapsed, running, pause, resume, reset } = useLessonTimer();
  const twoDigits = useMemo(() => new Intl.NumberFormat(lang, { minimumIntegerDigits: 2, useGrouping: false }), [lang]);
  const plain = useMemo(() => new Intl.NumberFormat(lang, { useGrouping: false }), [lang]);
  const { hours, minutes, seconds } = clockParts(elapsed ?? 0);
  const face =
    hours > 0
      ? t("speaker.timer.clockHours", {
          hours: plain.format(hours),
          minutes: twoDigits.format(minutes),
          seconds: twoDigits.format(seconds),
        })
      : t("speaker.timer.clock", { minutes: plain.format(minutes), seconds: twoDigits.format(seconds) });
  return (
    <div className="lesson-timer" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="lesson-timer__label">
        {t("speaker.timer.label")}
      </span>
      <time className="lesson-timer__clock" role="timer" aria-labelledby={labelId} dateTime={`PT${hours}H${minutes}M${seconds}S`}>
        {face}
      </time>
      <button type="button" className="button" onClick={running ? pause : resume} disabled={elapsed === null}>
        {running ? t("speaker.timer.pause") : t("speaker.timer.resume")}
      </button>
      <button type="button" className="button" onClick={reset} disabled={elapsed === null}>
        {t("speaker.timer.reset")}
      </button>
    </div>
  );
}
