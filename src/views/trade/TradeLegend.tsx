import "../../charts/charts.css";
import type { TimelineEvent } from "../../data/schemas/timeline";
import { useLocale } from "../../lib/locale";
import type { DrawnSeries } from "./TradeChart";

/** A line sample, and the square a point or milestone sample is drawn in (px). */
const LINE_SAMPLE = { width: 28, height: 12, stroke: 3 } as const;
const SYMBOL_BOX = 14;
const POINT_RADIUS = 4.5;
const LEVEL_DIAMOND = "M7,1L13,7L7,13L1,7Z";
const EVENT_DIAMOND = "M7,1.5L12.5,7L7,12.5L1.5,7Z";

/** The two kinds of milestone, each listed only when the chart shows one: partnership upgrades (`level`) and the rest. */
const MILESTONES = [
  { level: true, d: LEVEL_DIAMOND, className: "trade-legend__event trade-legend__event--level", label: "trade.legend.levels" },
  { level: false, d: EVENT_DIAMOND, className: "trade-legend__event", label: "trade.legend.events" },
] as const;

/** The key under the chart: each drawn series, hollow points, and the two kinds of milestone shown. */
export function TradeLegend({
  drawn,
  events,
  compact = false,
}: {
  drawn: readonly DrawnSeries[];
  events: readonly TimelineEvent[];
  compact?: boolean;
}) {
  const { t } = useLocale();
  const mid = SYMBOL_BOX / 2;
  return (
    <ul className="chart-inline-list trade__legend">
      {drawn.map((d) => (
        <li key={d.series.id}>
          <svg width={LINE_SAMPLE.width} height={LINE_SAMPLE.height} aria-hidden="true">
            <line
              x1={1}
              x2={LINE_SAMPLE.width - 1}
              y1={LINE_SAMPLE.height / 2}
              y2={LINE_SAMPLE.height / 2}
              stroke={d.color}
              strokeWidth={LINE_SAMPLE.stroke}
              strokeDasharray={d.dash}
            />
          </svg>
          {d.label}
        </li>
      ))}
      {/* On a slide, the series alone: the symbols are explained in the full view. */}
      {!compact && (
        <li>
          <svg width={SYMBOL_BOX} height={SYMBOL_BOX} aria-hidden="true">
            <circle cx={mid} cy={mid} r={POINT_RADIUS} className="trade-legend__hollow" />
          </svg>
          {t("trade.legend.flagged")}
        </li>
      )}
      {!compact &&
        MILESTONES.filter((m) => events.some((e) => Boolean(e.level) === m.level)).map((m) => (
          <li key={m.label}>
            <svg width={SYMBOL_BOX} height={SYMBOL_BOX} aria-hidden="true">
              <path d={m.d} className={m.className} />
            </svg>
            {t(m.label)}
          </li>
        ))}
    </ul>
  );
}
