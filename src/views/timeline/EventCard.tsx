import { useId } from "react";
import { Heading } from "../../charts/Heading";
import type { Source } from "../../data/schemas/sources";
import type { Level, TimelineEvent } from "../../data/schemas/timeline";
import { useLocale } from "../../lib/locale";
import { richText } from "../../lib/richText";
import { CategoryMark } from "./CategoryMark";
import { uniqueIds as uniqueSources } from "../../lib/uniqueIds";
import { restates } from "./compute";
import { levelName } from "../../data/derive/timeline";
import { eventDateText } from "../../data/derive/timeline";

interface Props {
  id: string;
  event: TimelineEvent;
  /** Set when the event is a rung of the ladder. */
  level: Level | null;
  levelCount: number;
  /** 1-based position among the events the reader can step through. */
  position: number;
  total: number;
  sources: readonly Source[] | undefined;
  onPrevious: () => void;
  onNext: () => void;
  onClose: () => void;
}

/** The selected event's details: date at its precision, title, description, caveats and sources. */
export function EventCard({ id, event, level, levelCount, position, total, sources, onPrevious, onNext, onClose }: Props) {
  const { t, fmt, lang } = useLocale();
  const titleId = useId();
  // The level's sources for its date, then those for its name in each language.
  const ids = uniqueSources(event.sources, [...(level?.sources ?? []), ...(level?.naming.sources ?? [])]);
  // The event's note is left out where the level's says it again (and more).
  const eventNote = event.note && level?.note && restates(event.note, level.note) ? undefined : event.note;
  const notes = [eventNote, level?.note].filter((n): n is string => Boolean(n));
  const confidence = level && level.confidence !== "verified" ? level.confidence : event.confidence;
  return (
    <section id={id} className="timeline-card" aria-labelledby={titleId}>
      <p className="timeline-card__meta">
        <span className="timeline-card__category">
          <CategoryMark category={event.category} />
          {t(`timeline.category.${event.category}`)}
        </span>
        <time dateTime={event.endDate ? `${event.date}/${event.endDate}` : event.date}>{eventDateText(lang, fmt, event)}</time>
        {event.major && <span className="timeline-card__badge">{t("timeline.card.major")}</span>}
        {confidence !== "verified" && (
          <span className={`timeline-card__badge timeline-card__badge--${confidence}`}>{t(`confidence.${confidence}`)}</span>
        )}
      </p>
      <Heading depth={1} id={titleId} className="timeline-card__title">
        {event.title}
      </Heading>
      {level && (
        <p className="timeline-card__level">
          {levelName(level) === event.title
            ? t("timeline.levelShort", { rank: level.rank, count: levelCount })
            : t("timeline.card.level", { rank: level.rank, count: levelCount, name: levelName(level) })}
        </p>
      )}
      <p className="timeline-card__description">{event.description}</p>
      {/* The level's own account, unless the event's already says it. */}
      {level && !restates(level.description, event.description) && <p className="timeline-card__description">{level.description}</p>}
      {event.method && <p className="timeline-card__note">{event.method}</p>}
      {notes.map((note) => (
        <p key={note} className="timeline-card__note">
          {richText(t("text.labelled"), { label: <strong>{t("timeline.card.note")}</strong>, value: note })}
        </p>
      ))}
      {level && (
        <p className="timeline-card__note">
          {richText(t("text.labelled"), { label: <strong>{t("timeline.card.naming")}</strong>, value: level.naming.note })}
        </p>
      )}
      <Heading depth={2} className="timeline-card__subhead">
        {t(ids.length > 1 ? "view.sources" : "view.source")}
      </Heading>
      <ul className="timeline-card__sources">
        {ids.map((sourceId) => {
          const source = sources?.find((s) => s.id === sourceId);
          if (!source) return <li key={sourceId}>{sourceId}</li>;
          const title = source.url ? (
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
            </a>
          ) : (
            source.title
          );
          return (
            <li key={sourceId}>
              {richText(t(source.date ? "timeline.card.source" : "timeline.card.sourceUndated"), {
                publisher: <span className="timeline-card__publisher">{source.publisher}</span>,
                year: source.date?.slice(0, 4) ?? "",
                title,
              })}
            </li>
          );
        })}
      </ul>
      <div className="timeline-card__nav">
        <span className="timeline-card__position">{t("timeline.card.position", { n: position, total })}</span>
        <button type="button" className="timeline-button" onClick={onPrevious} disabled={position <= 1}>
          {t("timeline.card.prev")}
        </button>
        <button type="button" className="timeline-button" onClick={onNext} disabled={position >= total}>
          {t("timeline.card.next")}
        </button>
        <button type="button" className="timeline-button" onClick={onClose} aria-label={t("timeline.card.closeLabel")}>
          {t("timeline.card.close")}
        </button>
      </div>
    </section>
  );
}
