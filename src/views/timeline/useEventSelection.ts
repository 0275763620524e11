import { useEffect, useRef, type KeyboardEvent, type RefObject } from "react";
import type { TimelineEvent } from "../../data/schemas/timeline";
import { positionOf, yearOf } from "../../lib/partialDate";
import { findEvent } from "../../data/derive/timeline";
import { eraAt } from "./compute";
import { stepThrough } from "../../charts/stepThrough";
import type { TimelineUrlState } from "./urlKeys";
import type { Period, TimelineModel } from "./useTimelineModel";

interface Input {
  events: readonly TimelineEvent[];
  model: TimelineModel;
  update: (patch: Partial<TimelineUrlState>) => void;
  setPeriod: (period: Period) => void;
  setFocusId: (id: string | null) => void;
  /** The element that holds the markers or rows, where the keyboard focus is moved. */
  stageRef: RefObject<HTMLElement | null>;
}

/**
 * Selecting events, headless of what draws them: select (the URL's event and year), close, toggle on
 * activation, and the stage's keys (←/→ or ↑/↓, Home/End move and open; Escape closes). A keyboard move
 * takes the focus along to the marker or row after the next render; stepping past a zoomed period
 * follows the reader into the next one.
 */
export function useEventSelection({ events, model, update, setPeriod, setFocusId, stageRef }: Input) {
  const { selected, era, eraList, shownDomain, order, tabStopId, asList } = model;
  /** The event whose marker or row should take focus after the next render (keyboard moves). */
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const target = stageRef.current?.querySelector<HTMLElement | SVGElement>(`[data-event-id="${id}"]`);
    target?.focus();
    // A row in an era of the list that opens on a later render (the selection reaches it a render after
    // the move) cannot take focus yet: it stays pending until it can, or is gone.
    if (!target || document.activeElement === target) pendingFocus.current = null;
  });

  const select = (id: string, moveFocus: boolean) => {
    const event = findEvent(events, id);
    if (!event) return;
    update({ event: id, year: yearOf(event.date) });
    setFocusId(id);
    const at = positionOf(event.date, event.precision);
    if (era && (at < shownDomain[0] || at > shownDomain[1])) setPeriod(eraAt(eraList, at)?.id ?? "all");
    if (moveFocus) pendingFocus.current = id;
  };
  const close = (moveFocus: boolean) => {
    if (!selected) return;
    update({ event: null });
    setFocusId(selected.id);
    if (moveFocus) pendingFocus.current = selected.id;
  };
  const activate = (id: string) => (id === selected?.id ? close(false) : select(id, false));

  const onStageKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as Element;
    if (target.closest("input, textarea, select")) return;
    if (e.key === "Escape") {
      if (!selected) return;
      e.preventDefault();
      e.stopPropagation();
      close(true);
      return;
    }
    const onEvent = target.closest("[data-event-id]")?.getAttribute("data-event-id") ?? null;
    // In the card only ← and → move; ↑, ↓, Home and End keep their usual meaning there.
    if (!onEvent && !["ArrowLeft", "ArrowRight"].includes(e.key)) return;
    const next = stepThrough(order, onEvent ?? selected?.id ?? tabStopId, e.key, { direction: asList ? "vertical" : "horizontal" });
    if (next === undefined) return;
    // Handled here, so the page (or a presentation around the view) does not also act on the key.
    e.preventDefault();
    e.stopPropagation();
    select(next, true);
  };

  return { select, close, activate, onStageKeyDown };
}
