import { useSuspenseQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { timelineQuery, tradeQuery } from "../../data/queries";
import { useLocale } from "../../lib/locale";
import { useUrlState } from "../../lib/useUrlState";
import { headline, seriesById } from "../../views/trade/compute";
import { DataBoundary } from "../DataBoundary";

/** Keys that move a presentation: arrows, and what clickers send (Page Up/Down). */
const NEXT_KEYS = new Set(["ArrowRight", "PageDown", " "]);
const PREV_KEYS = new Set(["ArrowLeft", "PageUp"]);

/** `/present`: a story of steps for the classroom, `?step=N`, moved by keyboard or clicker. */
export function PresentPage() {
  const { t } = useLocale();
  return (
    <main className="page page--present" aria-label={t("present.label")}>
      <DataBoundary title={t("present.label")} minHeight={480} loadingLabel={t("view.loading", { view: t("present.label") })}>
        <Story />
      </DataBoundary>
    </main>
  );
}

function Story() {
  const { t, fmt } = useLocale();
  const [{ step }, update] = useUrlState();
  const { data: trade } = useSuspenseQuery(tradeQuery());
  const { data: timeline } = useSuspenseQuery(timelineQuery());
  const cn = seriesById(trade, "cn-total");
  const head = cn ? headline(cn) : null;
  const ties = timeline.levels.find((l) => l.id === "diplomatic-relations");

  const steps = [
    head && ties
      ? {
          title: t("present.s1.title"),
          caption: t("present.s1.caption", { date: fmt.date(ties.date, ties.precision), value: fmt.usdCompact(head.first.value) }),
        }
      : null,
    head
      ? {
          title: t("present.s2.title", { year: head.latest.year, value: fmt.usdCompact(head.latest.value) }),
          caption: t("present.s2.caption", {
            year: head.latest.year,
            value: fmt.usdCompact(head.latest.value),
            multiple: fmt.multiple(head.multiple),
          }),
        }
      : null,
  ].filter((s) => s !== null);
  const total = steps.length;
  const current = Math.min(step, total);
  const go = (n: number) => update({ step: Math.max(1, Math.min(total, n)) });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest("input, select, textarea, button")) return;
      if (NEXT_KEYS.has(e.key)) update({ step: Math.min(total, current + 1) });
      else if (PREV_KEYS.has(e.key)) update({ step: Math.max(1, current - 1) });
      else if (e.key === "Home") update({ step: 1 });
      else if (e.key === "End") update({ step: total });
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, total, update]);

  const shown = steps[current - 1];
  if (!shown) return null;
  return (
    <article className="present-step" data-view="trade" aria-live="polite">
      <p className="present-step__count">{t("present.step", { n: current, total })}</p>
      <h1 className="present-step__title">{shown.title}</h1>
      <p className="present-step__caption">{shown.caption}</p>
      <nav className="present-nav">
        <button type="button" className="button" onClick={() => go(current - 1)} disabled={current <= 1}>
          ← {t("present.prev")}
        </button>
        <button type="button" className="button" onClick={() => go(current + 1)} disabled={current >= total}>
          {t("present.next")} →
        </button>
      </nav>
      <p className="present-step__hint">{t("present.keys")}</p>
    </article>
  );
}
