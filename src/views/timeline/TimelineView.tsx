import { useSuspenseQuery } from "@tanstack/react-query";
import { SourceLine } from "../../charts/SourceLine";
import { timelineQuery } from "../../data/queries";
import type { LocalizedName } from "../../data/schemas/common";
import { useLocale } from "../../lib/locale";
import { eventSpan, ladder } from "./compute";

/** The timeline view: for now the partnership ladder as a list, from data/timeline.json. */
export function TimelineView() {
  const { data } = useSuspenseQuery(timelineQuery());
  const { t, tn, fmt, lang } = useLocale();
  const levels = ladder(data);
  const span = eventSpan(data);
  return (
    <div className="summary">
      <ol className="ladder" aria-label={t("timeline.levels")}>
        {levels.map((level) => (
          <li key={level.id} className="ladder__step">
            <time dateTime={level.date} className="ladder__date">
              {fmt.date(level.date, level.precision)}
            </time>
            <span className="ladder__name">{level.name[lang as keyof LocalizedName] ?? level.name.en}</span>
          </li>
        ))}
      </ol>
      {span && <p className="summary__note">{tn("timeline.events", data.events.length, { from: span.from, to: span.to })}</p>}
      <SourceLine ids={levels.flatMap((l) => l.sources)} />
    </div>
  );
}
