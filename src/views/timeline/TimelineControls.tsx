import { FilterChips } from "../../charts/FilterChips";
import { SegmentedControl, type SegmentedOption } from "../../charts/SegmentedControl";
import type { EventCategory } from "../../data/schemas/timeline";
import { useLocale } from "../../lib/locale";
import { CategoryMark } from "./CategoryMark";
import { CATEGORIES } from "./compute";
import type { LayoutChoice } from "./urlKeys";
import type { Period } from "./useTimelineModel";

interface Props {
  counts: Record<EventCategory, number>;
  shown: readonly EventCategory[];
  onShown: (shown: EventCategory[]) => void;
  /** The period and chart-or-list choices, left out where the timeline is always a list. */
  viewChoices: {
    periods: readonly SegmentedOption<Period>[] | null;
    period: Period;
    onPeriod: (period: Period) => void;
    /** Chart or list; left out on a slide, which always shows the chart. */
    layout: { value: LayoutChoice; onChange: (layout: LayoutChoice) => void } | null;
  } | null;
}

/** The timeline's controls: the category filter (which is the legend), the period zoomed into, chart or list. */
export function TimelineControls({ counts, shown, onShown, viewChoices }: Props) {
  const { t, tn } = useLocale();
  return (
    <div className="timeline__controls">
      <FilterChips<EventCategory>
        label={t("timeline.filter.label")}
        items={CATEGORIES.filter((c) => counts[c] > 0).map((c) => ({
          value: c,
          label: t(`timeline.category.${c}`),
          count: counts[c],
          sample: <CategoryMark category={c} />,
        }))}
        shown={shown}
        countText={(n) => tn("timeline.filter.count", n)}
        onChange={onShown}
      />
      {viewChoices && (
        <div className="timeline__view-controls">
          {viewChoices.periods && (
            <SegmentedControl<Period>
              label={t("timeline.period.label")}
              options={viewChoices.periods}
              value={viewChoices.period}
              onChange={viewChoices.onPeriod}
            />
          )}
          {viewChoices.layout && (
            <SegmentedControl<LayoutChoice>
              label={t("timeline.mode.label")}
              value={viewChoices.layout.value}
              onChange={viewChoices.layout.onChange}
              options={[
                { value: "chart", label: t("timeline.mode.chart") },
                { value: "list", label: t("timeline.mode.list") },
              ]}
            />
          )}
        </div>
      )}
    </div>
  );
}
