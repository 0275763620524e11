import type { TimelineEvent } from "../../data/schemas/timeline";
import { useLocale } from "../../lib/locale";

/**
 * The event markers' hit areas: real buttons laid over the drawn diamonds, so pointer, touch, keyboard
 * and screen-reader users all reach each event's title and date the same way. Each is placed at `position` (px in
 * the drawing, which is `box`) as a share of the drawing's box: the drawing is its box once measured, and before
 * (the prerendered page, drawn 640 px wide) it scales to its figure, so the buttons stay over the chart, not past
 * a phone's screen edge, where they would widen the page.
 */
export function EventButtons({
  events,
  position,
  box,
  onFocusEvent,
  onSelect,
}: {
  events: readonly TimelineEvent[];
  position: (index: number) => { left: number; top: number };
  box: { width: number; height: number };
  onFocusEvent: (event: TimelineEvent | null) => void;
  onSelect: (event: TimelineEvent) => void;
}) {
  const share = (px: number, of: number) => `${(px / of) * 100}%`;
  const { t, fmt } = useLocale();
  return (
    <div className="trade-chart__event-buttons">
      {events.map((event, i) => {
        const at = position(i);
        return (
          <button
            key={event.id}
            type="button"
            className="trade-chart__event-button"
            style={{ left: share(at.left, box.width), top: share(at.top, box.height) }}
            aria-label={t("text.labelled", { label: fmt.date(event.date, event.precision), value: event.title })}
            onFocus={() => onFocusEvent(event)}
            onBlur={() => onFocusEvent(null)}
            onPointerEnter={() => onFocusEvent(event)}
            onPointerLeave={() => onFocusEvent(null)}
            onClick={() => onSelect(event)}
          />
        );
      })}
    </div>
  );
}
