import { useId, useState, type CSSProperties } from "react";
import { useLocale } from "../../lib/locale";
import { clampRange } from "./compute";

interface Props {
  extent: [number, number];
  value: [number, number];
  onChange: (range: [number, number]) => void;
}

/**
 * A year range: two thumbs on one track (mouse, touch, arrow keys) and two year fields that accept
 * typing. The thumbs stop a year apart; a typed year is clamped to the data on Enter or when leaving the
 * field, and a first year typed after the last (or the reverse) swaps them.
 */
export function YearRange({ extent, value, onChange }: Props) {
  const { t } = useLocale();
  const id = useId();
  const [lo, hi] = extent;
  const [from, to] = value;
  const span = Math.max(1, hi - lo);
  const pct = (year: number) => `${((year - lo) / span) * 100}%`;
  return (
    <fieldset className="year-range">
      <legend className="year-range__legend">{t("trade.range.label")}</legend>
      <div className="year-range__fields">
        <YearField
          id={`${id}-from`}
          label={t("trade.range.from")}
          value={from}
          min={lo}
          max={hi}
          onCommit={(y) => onChange(clampRange(extent, y, to))}
        />
        <div className="year-range__slider" style={{ "--from": pct(from), "--to": pct(to) } as CSSProperties}>
          <div className="year-range__track" aria-hidden="true" />
          <input
            type="range"
            min={lo}
            max={hi}
            step={1}
            value={from}
            aria-label={t("trade.range.fromSlider")}
            onChange={(e) => onChange([Math.max(lo, Math.min(Number(e.target.value), to - 1)), to])}
          />
          <input
            type="range"
            min={lo}
            max={hi}
            step={1}
            value={to}
            aria-label={t("trade.range.toSlider")}
            onChange={(e) => onChange([from, Math.min(hi, Math.max(Number(e.target.value), from + 1))])}
          />
        </div>
        <YearField
          id={`${id}-to`}
          label={t("trade.range.to")}
          value={to}
          min={lo}
          max={hi}
          onCommit={(y) => onChange(clampRange(extent, from, y))}
        />
      </div>
    </fieldset>
  );
}

function YearField({
  id,
  label,
  value,
  min,
  max,
  onCommit,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (year: number) => void;
}) {
  const [draft, setDraft] = useState(String(value));
  // A new value from outside (the slider, the URL) replaces what was being typed.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }
  const commit = () => {
    const n = Number.parseInt(draft, 10);
    if (!Number.isFinite(n)) return setDraft(String(value));
    const clamped = Math.min(max, Math.max(min, n));
    // The range decides (it may swap or widen); a year it keeps shows again here, a new one arrives as `value`.
    setDraft(String(value));
    if (clamped !== value) onCommit(clamped);
  };
  return (
    <label className="year-range__field" htmlFor={id}>
      <span className="visually-hidden">{label}</span>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        pattern="[0-9]{4}"
        maxLength={4}
        value={draft}
        onChange={(e) => setDraft(e.target.value.replace(/\D/g, ""))}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </label>
  );
}
