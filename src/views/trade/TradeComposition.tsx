import { useId } from "react";
import { Heading } from "../../charts/Heading";
import { SourceLine } from "../../charts/SourceLine";
import type { Composition, CompositionGroup } from "../../data/schemas/trade";
import { useLocale, type Locale } from "../../lib/locale";
import { compositionYears, DIRECTIONS, orderedGroups, pickComposition } from "./composition";

interface Props {
  composition: readonly Composition[];
  /** The shared focus year: its breakdown is shown when a source gives one. */
  focusYear: number | null;
  /** Makes a year the focus year (the chart and the other views follow). */
  onYear: (year: number) => void;
}

/**
 * What the trade is made of: the main product groups each way for the focus year, or the latest year with values,
 * as bars on one scale where a source gives values, and as a growth rate or a plain name where it gives less.
 */
export function TradeComposition({ composition, focusYear, onYear }: Props) {
  const locale = useLocale();
  const { t } = locale;
  const id = useId();
  const pick = pickComposition(composition, focusYear);
  const { year } = pick;
  if (year === null) return <p>{t("trade.made.noneAtAll")}</p>;
  const years = compositionYears(composition);
  const hasValues = pick.maxValue > 0;

  return (
    <div className="trade-made">
      <p className="trade-made__year">
        {pick.missingYear !== null
          ? t(hasValues ? "trade.made.missing" : "trade.made.missingNamed", { missing: pick.missingYear, year })
          : pick.reason === "focus"
            ? t("trade.made.year.focus", { year })
            : t(hasValues ? "trade.made.year.latest" : "trade.made.year.latestNamed", { year })}
      </p>
      {years.length > 1 && (
        <div className="trade-made__years" role="group" aria-label={t("trade.made.years")}>
          {years.map((y) => (
            <button key={y} type="button" className="chip" aria-pressed={y === year} onClick={() => onYear(y)}>
              {y}
            </button>
          ))}
        </div>
      )}
      <div className="trade-made__sides">
        {DIRECTIONS.map((direction) => {
          const entry = pick.byDirection[direction];
          const headingId = `${id}-${direction}`;
          return (
            <section key={direction} className="trade-made__side" aria-labelledby={headingId}>
              <Heading depth={2} id={headingId} className="trade-made__direction">
                {t(`trade.made.direction.${direction}`)}
              </Heading>
              {entry && !weighed(entry) ? (
                // Named without figures: the names in a line, said once, instead of "no value given" on each row.
                <>
                  <p className="trade-made__named">{t("trade.made.namedOnly")}</p>
                  <ul className="chart-inline-list trade-made__names">
                    {entry.groups.map((group) => (
                      <li key={group.id}>{group.label}</li>
                    ))}
                  </ul>
                  {entry.note && <p className="trade-made__note">{entry.note}</p>}
                  <SourceLine ids={entry.groups.flatMap((g) => g.sources)} />
                </>
              ) : entry ? (
                <>
                  <ul className="trade-made__groups">
                    {orderedGroups(entry).map((group) => (
                      <li key={group.id} className="trade-made__group">
                        <span className="trade-made__label">{group.label}</span>{" "}
                        <span className="trade-made__value">{groupValue(locale, group, entry.year)}</span>
                        {group.value !== undefined && (
                          <span
                            className="trade-made__bar"
                            style={{ inlineSize: `${(group.value / pick.maxValue) * 100}%` }}
                            aria-hidden="true"
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                  {entry.note && <p className="trade-made__note">{entry.note}</p>}
                  <SourceLine ids={entry.groups.flatMap((g) => g.sources)} />
                </>
              ) : (
                <p className="trade-made__note">{t("trade.made.none", { year })}</p>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}

/** Whether a source gives any figure for the direction's goods, or only names them. */
const weighed = (entry: Composition) => entry.groups.some((g) => g.value !== undefined || g.change !== undefined);

/** A group's figure as the source gives it: a value ("over" one for a floor), a growth rate, or neither. */
function groupValue({ t, fmt }: Pick<Locale, "t" | "fmt">, group: CompositionGroup, year: number): string {
  if (group.value !== undefined) {
    const value = fmt.usdCompact(group.value);
    return group.atLeast ? t("trade.made.atLeast", { value }) : value;
  }
  if (group.change !== undefined) return t("trade.made.change", { change: fmt.percent(group.change, true), previous: year - 1 });
  return t("trade.made.named");
}
