import { useId } from "react";
import type { EventCategory } from "../../data/schemas/timeline";
import { useLocale } from "../../lib/locale";
import { CategoryMark } from "./CategoryMark";
import { CATEGORIES, toggleCategory } from "./compute";

interface Props {
  shown: readonly EventCategory[];
  counts: Record<EventCategory, number>;
  onChange: (shown: EventCategory[]) => void;
}

/** The category filter, which is also the legend: each chip shows its marker, name and count. */
export function CategoryFilter({ shown, counts, onChange }: Props) {
  const { t } = useLocale();
  const labelId = useId();
  const all = shown.length === CATEGORIES.length;
  return (
    <div className="timeline-filter" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="timeline-options__label">
        {t("timeline.filter.label")}
      </span>
      <div className="timeline-filter__chips">
        {CATEGORIES.filter((c) => counts[c] > 0).map((c) => (
          <button
            key={c}
            type="button"
            className="timeline-chip"
            aria-pressed={shown.includes(c)}
            onClick={() => onChange(toggleCategory(shown, c))}
          >
            <CategoryMark category={c} />
            {t(`timeline.category.${c}`)} <span className="timeline-chip__count">{counts[c]}</span>
          </button>
        ))}
        {!all && (
          <button type="button" className="timeline-chip timeline-chip--reset" onClick={() => onChange([...CATEGORIES])}>
            {t("timeline.filter.all")}
          </button>
        )}
      </div>
    </div>
  );
}
