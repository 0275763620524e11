import { useId } from "react";
import type { Deal, Sector } from "../../data/schemas/investment";
import { useLocale } from "../../lib/locale";
import { dealSectors, dealTally, dealYear, maxAmount, splitByYear } from "./deals";
import { DealRow } from "./DealRow";

interface Props {
  /** All deals, in date order. */
  deals: readonly Deal[];
  sector: Sector | null;
  selectedId: string | null;
  focusYear: number | null;
  onSector: (sector: Sector | null) => void;
  onSelect: (id: string | null) => void;
}

/** Landmark deals and loans by year, filterable by sector, split at the shared focus year. */
export function DealList({ deals, sector, selectedId, focusYear, onSector, onSelect }: Props) {
  const { t, tn, fmt } = useLocale();
  const headingId = useId();
  const sectorLabelId = useId();
  const shown = sector === null ? deals : deals.filter((d) => d.sector === sector);
  const { before, after } = splitByYear(shown, focusYear);
  const tally = dealTally(deals);
  const scaleMax = maxAmount(deals);
  const sectors = dealSectors(deals);

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
    <section className="investment-deals" aria-labelledby={headingId}>
      <h3 id={headingId} className="investment__heading">
        {t("investment.deals.title")}
      </h3>
      <p className="investment__intro">{tn("investment.deals", tally.count, { disclosed: fmt.number(tally.disclosed) })}</p>
      <div className="investment-deals__controls">
        <div className="investment-deals__sectors" role="group" aria-labelledby={sectorLabelId}>
          <span id={sectorLabelId} className="investment__control-label">
            {t("investment.deals.sector")}
          </span>
          <button type="button" className="chip" aria-pressed={sector === null} onClick={() => onSector(null)}>
            {t("investment.deals.allSectors", { count: fmt.number(deals.length) })}
          </button>
          {sectors.map((s) => (
            <button key={s.sector} type="button" className="chip" aria-pressed={sector === s.sector} onClick={() => onSector(s.sector)}>
              {t("investment.deals.sectorCount", { sector: t(`investment.sector.${s.sector}`), count: fmt.number(s.count) })}
            </button>
          ))}
        </div>
      </div>
      {shown.length === 0 && <p className="investment__note">{t("investment.deals.none")}</p>}
      {focusYear === null ? (
        list(before)
      ) : (
        <>
          <h4 className="investment-deals__split">{tn("investment.deals.before", before.length, { year: focusYear })}</h4>
          {before.length > 0 && list(before)}
          {after.length > 0 && (
            <>
              <h4 className="investment-deals__split investment-deals__split--later">
                {tn("investment.deals.after", after.length, { year: focusYear })}
              </h4>
              {list(after)}
            </>
          )}
        </>
      )}
      <p className="investment__note">{t("investment.deals.sourcesHint")}</p>
    </section>
  );
}
