import { useMemo } from "react";
import { precisionOf } from "../../lib/partialDate";
import type { InvestmentFile, Sector } from "../../data/schemas/investment";
import type { Locale } from "../../lib/locale";
import { countGroups } from "./counts";
import { dealSectors, shownSectors, sortedDeals } from "./deals";
import { inflowYears, missingRuns, sortedInflows } from "./inflows";
import { otherShareBlocks, tallyShares, unitSegments, UNIT_MILLIONS, UNIT_ROWS } from "./units";
import { periodLabel } from "../../data/derive/investment";
import { sectorColors } from "./sectorColor";
import type { LegendItem, UnitBlock } from "./UnitChart";

/** What the unit chart draws and says: blocks of squares, their legend, and a text summary. */
export interface UnitsModel {
  blocks: UnitBlock[];
  legend: LegendItem[];
  summary: string;
  /** Plain-language notes under the chart: what is (not) attributed, and what the other block is. */
  notes: string[];
  /** Sources of the figures drawn beyond the tally. */
  sources: string[];
}

function unitsModel(file: InvestmentFile, { t, tn, fmt }: Locale): UnitsModel {
  const { headline } = file;
  const locale = { t };
  const own = tallyShares(file);
  const tallySegments = unitSegments(headline.value, own);
  const squares = (n: number) => tn("investment.units.squares", n);
  const total = (segments: { units: number }[]) => segments.reduce((n, s) => n + s.units, 0);
  const blocks: UnitBlock[] = [
    {
      id: "tally",
      label: t("investment.units.tallyLabel", {
        value: fmt.usdCompact(headline.value),
        period: periodLabel(locale, headline.period),
        squares: squares(total(tallySegments)),
      }),
      segments: tallySegments,
    },
  ];
  const notes: string[] = [];
  const sources: string[] = [];
  if (own.length === 0) notes.push(t("investment.units.noSectors", { value: fmt.usdCompact(headline.value) }));
  for (const block of otherShareBlocks(file)) {
    const value = block.base?.value ?? block.attributed;
    const segments = unitSegments(value, block.shares);
    const date = fmt.date(block.asOf, precisionOf(block.asOf));
    blocks.push({
      id: `shares-${block.asOf}`,
      label: t("investment.units.sharesLabel", { value: fmt.usdCompact(value), date, squares: squares(total(segments)) }),
      segments,
    });
    notes.push(
      t(block.base ? "investment.units.otherFigure" : "investment.units.otherShares", {
        value: fmt.usdCompact(value),
        date,
        why: block.base?.whyDifferent ?? "",
      }).trim(),
    );
    sources.push(...(block.base?.sources ?? []), ...block.shares.flatMap((s) => s.sources));
  }

  const legend: LegendItem[] = [];
  const seen = new Set<Sector | null>();
  for (const segment of blocks.flatMap((b) => b.segments)) {
    if (seen.has(segment.sector)) continue;
    seen.add(segment.sector);
    legend.push({
      sector: segment.sector,
      label:
        segment.sector === null
          ? t("investment.units.unattributed")
          : t("investment.units.sectorValue", {
              sector: t(`investment.sector.${segment.sector}`),
              value: fmt.usdCompact(segment.value ?? 0),
            }),
    });
  }
  // Unattributed goes last, after the named sectors.
  legend.sort((a, b) => Number(a.sector === null) - Number(b.sector === null));

  const segmentText = (s: UnitBlock["segments"][number]) =>
    t("text.labelled", {
      label: s.sector === null ? t("investment.units.unattributed") : t(`investment.sector.${s.sector}`),
      value: fmt.number(s.units),
    });
  const describe = (b: UnitBlock) => t("text.annotated", { text: b.label, note: fmt.list(b.segments.map(segmentText)) });
  const summary = t("investment.units.summary", {
    unit: fmt.usdCompact(UNIT_MILLIONS),
    column: fmt.usdCompact(UNIT_MILLIONS * UNIT_ROWS),
    blocks: fmt.entries(blocks.map(describe)),
  });
  return { blocks, legend, summary, notes, sources: [...new Set(sources)] };
}

/** Everything the view derives from the file, memoized on the file, the language and the URL's picks. */
export function useInvestment(file: InvestmentFile, locale: Locale, sectorsParam: readonly string[], dealParam: string | null) {
  const groups = useMemo(() => countGroups(file.counts), [file]);
  const deals = useMemo(() => sortedDeals(file.deals), [file]);
  const inflows = useMemo(() => sortedInflows(file.inflows), [file]);
  const years = useMemo(() => inflowYears(file), [file]);
  const gaps = useMemo(() => missingRuns(file.inflows, years), [file, years]);
  const units = useMemo(() => unitsModel(file, locale), [file, locale]);
  const sectors = useMemo(() => dealSectors(deals), [deals]);
  const shown = useMemo(
    () =>
      shownSectors(
        sectors.map((s) => s.sector),
        sectorsParam,
      ),
    [sectors, sectorsParam],
  );
  // What the unit chart picks out: the sectors shown, while the filter hides any.
  const picked = useMemo(() => (shown.length < sectors.length ? new Set(shown) : null), [shown, sectors]);
  const colors = useMemo(
    () =>
      sectorColors(
        units.legend.map((l) => l.sector),
        sectors.map((s) => s.sector),
      ),
    [units, sectors],
  );
  // A deal from the URL counts only if it exists and the sector filter shows it.
  const dealId = deals.find((d) => d.id === dealParam && shown.includes(d.sector))?.id ?? null;
  return { groups, deals, inflows, years, gaps, units, sectors, shown, picked, colors, dealId };
}
