import { useId } from "react";
import { useLocale } from "../lib/locale";
import { useControlShown } from "./useControlShown";
import "./charts.css";

interface Props {
  /** The shared focus year, or null. */
  year: number | null;
  /** The years this view can focus on, first to last. */
  range: readonly [number, number];
  /** What the focus year means in this view, one sentence; shown after "Focus year 2013 —". */
  summary: string | null;
  onChange: (year: number | null) => void;
}

/**
 * Sets and clears the focus year the same way in every view: a year picker, and while a year is set,
 * "Focus year 2013 — what it means here" with a Clear focus year button. The sentence is a live region,
 * so a change made from any view's chart is heard too.
 */
export function FocusYearControl({ year, range, summary, onChange }: Props) {
  const { t } = useLocale();
  const id = useId();
  const shown = useControlShown("year");
  if (!shown) return null;
  const years: number[] = [];
  for (let y = range[1]; y >= range[0]; y -= 1) years.push(y);
  // A year from a link that this view has no data for is still the reader's choice: it stays listed.
  if (year !== null && !years.includes(year)) years.push(year);
  years.sort((a, b) => b - a);
  return (
    <div className={`focus-year${year !== null ? " is-set" : ""}`}>
      <div className="focus-year__pick">
        <label htmlFor={id} className="focus-year__label">
          {t("focus.label")}
        </label>
        <select id={id} value={year ?? ""} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t("focus.none")}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <p className="focus-year__note" role="status">
        {year !== null ? t("focus.note", { year: String(year), summary: summary ?? t("focus.noSummary") }) : ""}
      </p>
      {year !== null && (
        <button type="button" className="chip focus-year__clear" onClick={() => onChange(null)}>
          {t("focus.clear")}
        </button>
      )}
    </div>
  );
}
