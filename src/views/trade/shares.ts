import type { CsvColumn } from "../../charts/csv";
import { sourceCsvColumns } from "../../charts/sourceColumns";
import type { Source } from "../../data/schemas/sources";
import type { Share } from "../../data/schemas/trade";
import type { Locale } from "../../lib/locale";
import { formatPartialDateRange } from "../../lib/partialDate";

/** The shares by year, and within a year the whole year before its months: the order a reader follows. */
export function orderedShares(shares: readonly Share[]): Share[] {
  return [...shares].sort((a, b) => a.year - b.year || Number(a.period !== undefined) - Number(b.period !== undefined));
}

/** When a share was measured: its year, or its months ("January – September 2023"). */
export function shareWhen({ lang }: Pick<Locale, "lang">, share: Share): string {
  return share.period ? formatPartialDateRange(lang, share.period.from, share.period.to, "month") : String(share.year);
}

/** A share as the source gives it: "21.3%", "over 15%", "about 29%", of all trade, exports or imports. */
export function shareText({ t, fmt }: Pick<Locale, "t" | "fmt">, share: Share): string {
  const percent = fmt.percent(share.value);
  const value = share.atLeast
    ? t("trade.made.atLeast", { value: percent })
    : share.about
      ? t("trade.share.about", { value: percent })
      : percent;
  return t(`trade.share.of.${share.of}`, { value });
}

/** Percent to one decimal, as the sources give it. */
const percent = (fraction: number) => Math.round(fraction * 1000) / 10;

/** The shares CSV: one line per published share, its months where it covers part of a year, and its provenance. */
export function shareCsvColumns(sources: readonly Source[]): CsvColumn<Share>[] {
  return [
    { header: "year", value: (s) => s.year },
    { header: "period_from", value: (s) => s.period?.from },
    { header: "period_to", value: (s) => s.period?.to },
    { header: "share_of", value: (s) => s.of },
    { header: "share_pct", value: (s) => percent(s.value) },
    { header: "qualifier", value: (s) => (s.atLeast ? "at least" : s.about ? "about" : "") },
    { header: "confidence", value: (s) => s.confidence },
    { header: "note", value: (s) => s.note },
    ...sourceCsvColumns(sources, (s: Share) => s.sources),
  ];
}
