import { useSuspenseQuery } from "@tanstack/react-query";
import { Heading } from "../../charts/Heading";
import { focusYearItem } from "../../charts/focusYearItem";
import { useId, useMemo, useRef, useState } from "react";
import { ChartKeys } from "../../charts/ChartKeys";
import { Disclosure } from "../../charts/Disclosure";
import { FocusYearControl } from "../../charts/FocusYearControl";
import { SourceLine } from "../../charts/SourceLine";
import { toCsv } from "../../charts/csv";
import { drawBox, useElementSize } from "../../charts/useElementSize";
import { ViewActions } from "../../charts/ViewActions";
import { ViewControls } from "../../charts/ViewControls";
import { investmentQuery } from "../../data/queries";
import type { Sector } from "../../data/schemas/investment";
import { useSources } from "../../charts/useSources";
import { useEmbedForm } from "../../lib/embedForm";
import { useLocale } from "../../lib/locale";
import { useUrlState } from "../../lib/useUrlState";
import { CompanyCounts } from "./CompanyCounts";
import { CountComparison } from "./CountComparison";
import { dealTally, sectorsParam } from "./deals";
import { DealList } from "./DealList";
import { InflowChart } from "./InflowChart";
import { investmentCsvColumns, investmentCsvRows } from "./investmentCsv";
import { InvestmentTables } from "./InvestmentTables";
import { periodLabel, qualified } from "../../data/derive/investment";
import { TallyHeadline } from "./TallyHeadline";
import { UnitChart } from "./UnitChart";
import { INVESTMENT_URL_KEYS } from "./urlKeys";
import { useInvestment } from "./useInvestment";
import "./investment.css";

/** Sources named on a slide; the rest are counted ("and 5 more in the full view"). */
const SLIDE_SOURCES = 2;

/**
 * Chinese investment: the headline tally, how other counts differ, yearly inflows, landmark deals, a unit chart.
 * On a slide-shaped embed, the tally on one line and the yearly inflows filling the frame, with a compact source line.
 */
export function InvestmentView() {
  const locale = useLocale();
  const { data: file } = useSuspenseQuery(investmentQuery(locale.lang));
  // Source names enrich the tables and the citation; the view draws without them.
  const { list: sourceList, name: sourceName } = useSources();
  const { t, tn, fmt } = locale;
  const [state, update] = useUrlState(INVESTMENT_URL_KEYS);
  const [unitsRef, { width: unitsWidth, measured: unitsMeasured }] = useElementSize<HTMLDivElement>();
  const [inflowRef, inflowBox] = useElementSize<HTMLDivElement>();
  const slide = useEmbedForm()?.slide ?? false;
  const { width: inflowWidth, height: inflowBoxHeight, fill: inflowFill } = drawBox(inflowBox, slide);
  const { typeScale, fontFamily: inflowFont } = inflowBox;
  const svgRef = useRef<SVGSVGElement>(null);
  const inflowSvgRef = useRef<SVGSVGElement>(null);
  const inflowInstructionsId = useId();
  const unitsInstructionsId = useId();
  const [activeYear, setActiveYear] = useState<number | null>(null);
  const unitsHeadingId = useId();
  const inflowHeadingId = useId();
  const { groups, deals, inflows, years, gaps, units, sectors, shown, picked, colors, dealId } = useInvestment(
    file,
    locale,
    state.sectors,
    state.deal,
  );
  const { headline } = file;
  /** The sectors shown after a click on the filter; a selected deal whose sector is hidden is let go. */
  const setShown = (next: Sector[]) => {
    const all = sectors.map((s) => s.sector);
    update({ sectors: sectorsParam(all, next), deal: deals.some((d) => d.id === dealId && next.includes(d.sector)) ? dealId : null });
  };

  const dealCount = dealTally(deals);
  const latestCompanies = [...file.companies].sort((a, b) => a.date.localeCompare(b.date)).at(-1);

  const csvRows = useMemo(() => investmentCsvRows(file), [file]);
  const rangeText = (a: number, b: number) => (a === b ? String(a) : t("investment.period.range", { from: a, to: b }));
  const gapsText = fmt.list(gaps.map(([a, b]) => rangeText(a, b)));
  const inflowText = (i: (typeof inflows)[number]) => {
    const value = t("text.labelled", { label: i.year, value: fmt.usdCompact(i.value) });
    return i.confidence === "derived" || i.confidence === "unverified"
      ? t("text.annotated", { text: value, note: t(`confidence.${i.confidence}`) })
      : value;
  };
  const inflowSummary = t("investment.inflows.summary", {
    period: rangeText(years[0], years[1]),
    values: fmt.entries(inflows.map(inflowText)),
  });
  const exportSources = [...headline.sources, ...units.sources];
  const focusInflow = state.year === null ? undefined : inflows.find((i) => i.year === state.year);
  // A slide shows no deals: there the focus year means the inflow alone, over the chart's years.
  const focusSummary =
    state.year === null
      ? null
      : focusInflow
        ? t(slide ? "investment.focus.inflowSlide" : "investment.focus.inflow", { value: fmt.usdCompact(focusInflow.value) })
        : slide
          ? null
          : t("investment.focus.noInflow");
  const dealYears = deals.map((d) => Number(d.date.slice(0, 4)));
  const focusRange: [number, number] = slide ? years : [Math.min(years[0], ...dealYears), Math.max(years[1], ...dealYears)];

  // On a slide the chart takes the height its box is given, so it waits for that height too.
  const inflowChart = inflowWidth > 0 && (!slide || inflowBoxHeight > 0) && (
    <InflowChart
      fontFamily={inflowFont}
      inflows={inflows}
      years={years}
      gaps={gaps}
      tallyPeriod={[headline.period.from ?? years[0], headline.period.to]}
      tallyLabel={t("investment.inflows.tallyPeriod", {
        value: fmt.usdCompact(headline.value),
        period: periodLabel(locale, headline.period),
      })}
      focusYear={state.year}
      active={activeYear}
      onActive={setActiveYear}
      onSelect={(year) => update({ year })}
      instructionsId={inflowInstructionsId}
      svgRef={inflowSvgRef}
      renderTooltip={(i) => (
        <>
          <strong>{i.year}</strong>
          <br />
          {t("investment.inflows.tooltipValue", { value: fmt.usdCompact(i.value) })}
          {(i.confidence === "derived" || i.confidence === "unverified") && (
            <>
              <br />
              {t(`confidence.${i.confidence}`)}
            </>
          )}
          <br />
          {fmt.entries([...new Set(i.sources)].map(sourceName))}
        </>
      )}
      width={inflowWidth}
      typeScale={typeScale}
      fitHeight={slide ? inflowBoxHeight : undefined}
      summary={
        gaps.length > 0
          ? t("text.sentences", { first: inflowSummary, second: t("investment.inflows.missing", { gaps: gapsText }) })
          : inflowSummary
      }
    />
  );
  const liveInflow = (
    <p className="visually-hidden" aria-live="polite">
      {activeYear !== null && inflows.some((i) => i.year === activeYear) ? inflowText(inflows.find((i) => i.year === activeYear)!) : ""}
    </p>
  );
  // The inflow chart's heading, drawing, keys and live region: the same on a slide and in the full view.
  const inflowCore = (
    <>
      <Heading depth={1} id={inflowHeadingId} className="investment__heading slide-one-line">
        {t("investment.inflows.title")}
      </Heading>
      <div className={inflowFill ? "investment-inflows__frame slide-fill" : "investment-inflows__frame"} ref={inflowRef}>
        {inflowChart}
      </div>
      <ChartKeys id={inflowInstructionsId} hidden={slide}>
        {t("investment.inflows.instructions")}
      </ChartKeys>
      {liveInflow}
    </>
  );
  const focusControl = (
    <FocusYearControl year={state.year} range={focusRange} summary={focusSummary} onChange={(year) => update({ year })} />
  );

  if (slide) {
    // The sector filter picks deals and squares, not inflows: it stays in the full view.
    return (
      <div className="investment summary">
        <TallyHeadline headline={headline} compact />
        <ViewControls>{focusControl}</ViewControls>
        {inflows.length > 0 && (
          <section className="investment-inflows" aria-labelledby={inflowHeadingId}>
            {inflowCore}
          </section>
        )}
        <SourceLine ids={[...headline.sources, ...inflows.flatMap((i) => i.sources)]} max={SLIDE_SOURCES} />
      </div>
    );
  }

  return (
    <div className="investment summary">
      <TallyHeadline headline={headline} />
      <ViewControls summary={[focusYearItem(locale, state.year)]}>{focusControl}</ViewControls>

      <div className="investment__columns">
        <div className="investment__column">
          <section className="investment-units" aria-labelledby={unitsHeadingId}>
            <Heading depth={1} id={unitsHeadingId} className="investment__heading">
              {t("investment.units.title")}
            </Heading>
            <p className="investment__intro">{t("investment.units.key", { unit: fmt.usdCompact(100), column: fmt.usdCompact(1000) })}</p>
            <div className="investment-units__frame" ref={unitsRef}>
              {unitsWidth > 0 && (
                <UnitChart
                  blocks={units.blocks}
                  legend={units.legend}
                  selected={picked}
                  width={unitsWidth}
                  fluid={!unitsMeasured}
                  summary={units.summary}
                  instructionsId={unitsInstructionsId}
                  svgRef={svgRef}
                />
              )}
            </div>
            <ChartKeys id={unitsInstructionsId}>{t("investment.units.instructions")}</ChartKeys>
            {(units.notes.length > 0 || units.sources.length > 0) && (
              <details className="investment__more">
                <summary>{t("investment.units.more")}</summary>
                {units.notes.map((note) => (
                  <p key={note} className="investment__note">
                    {note}
                  </p>
                ))}
                {units.sources.length > 0 && <SourceLine ids={units.sources} />}
              </details>
            )}
          </section>

          {groups.length > 0 && (
            <Disclosure
              title={t("investment.counts.title")}
              teaser={tn("investment.counts.teaser", groups.length, {
                min: fmt.usdCompact(Math.min(...groups.map((g) => g.min))),
                max: fmt.usdCompact(Math.max(...groups.map((g) => g.max))),
              })}
            >
              <CountComparison headline={headline} groups={groups} titled={false} />
            </Disclosure>
          )}
        </div>
        <div className="investment__column">
          {inflows.length > 0 && (
            <section className="investment-inflows" aria-labelledby={inflowHeadingId}>
              {inflowCore}
              <ul className="chart-inline-list investment-inflows__list">
                {inflows.map((i) => (
                  <li
                    key={i.year}
                    className={activeYear === i.year ? "is-active" : undefined}
                    onPointerEnter={() => setActiveYear(i.year)}
                    onPointerLeave={() => setActiveYear(null)}
                  >
                    {inflowText(i)}
                  </li>
                ))}
              </ul>
              <details className="investment__more">
                <summary>{t("investment.inflows.more")}</summary>
                {gaps.length > 0 && <p className="investment__note">{t("investment.inflows.missing", { gaps: gapsText })}</p>}
                {inflows
                  .filter((i) => i.method)
                  .map((i) => (
                    <p key={i.year} className="investment__note">
                      {t("investment.inflows.method", { year: i.year, method: i.method ?? "" })}
                    </p>
                  ))}
                <SourceLine ids={inflows.flatMap((i) => i.sources)} />
              </details>
            </section>
          )}

          <Disclosure
            title={t("investment.deals.title")}
            teaser={tn("investment.deals", dealCount.count, { disclosed: fmt.number(dealCount.disclosed) })}
            openWhen={dealId !== null}
          >
            <DealList
              deals={deals}
              sectors={sectors}
              shown={shown}
              colors={colors}
              selectedId={dealId}
              focusYear={state.year}
              onShown={setShown}
              onSelect={(deal) => update({ deal })}
              titled={false}
            />
          </Disclosure>

          {latestCompanies && (
            <Disclosure
              title={t("investment.companies.title")}
              teaser={t("investment.companies.teaser", {
                count: qualified(locale, latestCompanies.qualifier, fmt.number(latestCompanies.count)),
                date: fmt.date(latestCompanies.date, latestCompanies.precision),
              })}
            >
              <CompanyCounts companies={file.companies} titled={false} />
            </Disclosure>
          )}
        </div>
      </div>

      <ViewActions
        viewId="investment"
        title={t("view.investment.title")}
        svgRef={svgRef}
        moreCharts={[{ key: "inflows", title: t("investment.inflows.title"), ref: inflowSvgRef }]}
        sourceText={fmt.entries([...new Set(exportSources)].map(sourceName))}
        csv={() => toCsv(csvRows, investmentCsvColumns(sourceList), t)}
        table={<InvestmentTables file={file} sourceName={sourceName} focusYear={state.year} />}
      />
    </div>
  );
}
