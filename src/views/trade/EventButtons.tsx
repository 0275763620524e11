import type { TimelineEvent } from "../../data/schemas/timeline";
import { useLocale } from "../../lib/locale";

/**
 * The event markers' hit areas: real buttons laid over the drawn diamonds, so pointer, touch, keyboard
 * and screen-reader users all reach each event's title and date the same way.
 */
export function EventButtons({
  events,
  position,
  onFocusEvent,
  onSelect,
}: {
  events: readonly TimelineEvent[];
  position: (index: number) => { left: number; top: number };
  onFocusEvent: (event: TimelineEvent | null) => void;
  onSelect: (event: TimelineEvent) => void;
}) {
  const { t, fmt } = useLocale();
  return (
    <div className="trade-chart__event-buttons">
      {events.map((event, i) => (
        <button
          key={event.id}
          type="button"
          className="trade-chart__event-button"
          style={position(i)}
          aria-label={t("text.labelled", { label: fmt.date(event.date, event.precision), value: event.title })}
          onFocus={() => onFocusEvent(event)}
          onBlur={() => onFocusEvent(null)}
          onPointerEnter={() => onFocusEvent(event)}
          onPointerLeave={() => onFocusEvent(null)}
          onClick={() => onSelect(event)}
        />
      ))}
    </div>
  );
}
