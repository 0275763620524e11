import { useId } from "react";
import { Heading } from "../../charts/Heading";
import { FilterChips } from "../../charts/FilterChips";
import type { Deal, Sector } from "../../data/schemas/investment";
import { useLocale } from "../../lib/locale";
import { dealTally, dealYear, maxAmount, splitByYear } from "./deals";
import { DealRow } from "./DealRow";
import { SectorSwatch } from "./SectorSwatch";

interface Props {
  /** All deals, in date order. */
  deals: readonly Deal[];
  /** The sectors with deals, in the schema's order, with how many each has. */
  sectors: readonly { sector: Sector; count: number }[];
  /** The sectors shown (all of them unless the reader hid some). */
  shown: readonly Sector[];
  /** Each sector's colour, as the unit chart draws it. */
  colors: ReadonlyMap<Sector, string>;
  selectedId: string | null;
  focusYear: number | null;
  onShown: (shown: Sector[]) => void;
  onSelect: (id: string | null) => void;
  /** False inside a Disclosure, which carries the heading and the count. */
  titled?: boolean;
}

/** Landmark deals and loans by year, filtered by sector, split at the shared focus year. */
export function DealList({ deals, sectors, shown, colors, selectedId, focusYear, onShown, onSelect, titled = true }: Props) {
  const { t, tn, fmt } = useLocale();
  const headingId = useId();
  const visible = deals.filter((d) => shown.includes(d.sector));
  const { before, after } = splitByYear(visible, focusYear);
  const tally = dealTally(deals);
  const scaleMax = maxAmount(deals);

  const list = (items: readonly Deal[]) => (
    <ol className="investment-deals__list">
      {items.map((d) => (
        <DealRow
          key={d.id}
          deal={d}
          scaleMax={scaleMax}
          selected={d.id === selectedId}
          later={focusYear !== null && dealYear(d) > focusYear}
          onToggle={() => onSelect(d.id === selectedId ? null : d.id)}
        />
      ))}
    </ol>
  );

  return (
    <section className="investment-deals" aria-labelledby={titled ? headingId : undefined}>
      {titled && (
        <>
          <Heading depth={1} id={headingId} className="investment__heading">
            {t("investment.deals.title")}
          </Heading>
          <p className="investment__intro">{tn("investment.deals", tally.count, { disclosed: fmt.number(tally.disclosed) })}</p>
        </>
      )}
      {sectors.length > 1 && (
        <div className="investment-deals__controls">
          <FilterChips<Sector>
            label={t("investment.deals.filter.label")}
            items={sectors.map(({ sector, count }) => ({
              value: sector,
              label: t(`investment.sector.${sector}`),
              count,
              sample: <SectorSwatch color={colors.get(sector) ?? "var(--investment-unattributed)"} />,
            }))}
            shown={shown}
            countText={(n) => tn("investment.deals.filter.count", n)}
            onChange={onShown}
          />
        </div>
      )}
      {visible.length === 0 && <p className="investment__note">{t("investment.deals.none")}</p>}
      {focusYear === null ? (
        list(before)
      ) : (
        <>
          <Heading depth={2} className="investment-deals__split">
            {tn("investment.deals.before", before.length, { year: focusYear })}
          </Heading>
          {before.length > 0 && list(before)}
          {after.length > 0 && (
            <>
              <Heading depth={2} className="investment-deals__split investment-deals__split--later">
                {tn("investment.deals.after", after.length, { year: focusYear })}
              </Heading>
              {list(after)}
            </>
          )}
        </>
      )}
      <p className="investment__note">{t("investment.deals.sourcesHint")}</p>
    </section>
  );
}
