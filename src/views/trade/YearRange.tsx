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
  // Each end: its field commits through clampRange (which may swap the ends); its thumb stops a year short of the other.
  const ends: [YearEnd, YearEnd] = [
    {
      end: "from",
      year: from,
      commit: (y: number) => clampRange(extent, y, to),
      slide: (y: number) => [Math.max(lo, Math.min(y, to - 1)), to],
    },
    {
      end: "to",
      year: to,
      commit: (y: number) => clampRange(extent, from, y),
      slide: (y: number) => [from, Math.min(hi, Math.max(y, from + 1))],
    },
  ];
  const field = ({ end, year, commit }: YearEnd) => (
    <YearField id={`${id}-${end}`} label={t(`trade.range.${end}`)} value={year} min={lo} max={hi} onCommit={(y) => onChange(commit(y))} />
  );
  return (
    <fieldset className="year-range">
      <legend className="year-range__legend">{t("trade.range.label")}</legend>
      <div className="year-range__fields">
        {field(ends[0])}
        <div className="year-range__slider" style={{ "--from": pct(from), "--to": pct(to) } as CSSProperties}>
          <div className="year-range__track" aria-hidden="true" />
          {ends.map(({ end, year, slide }) => (
            <input
              key={end}
              type="range"
              min={lo}
              max={hi}
              step={1}
              value={year}
              aria-label={t(`trade.range.${end}Slider`)}
              onChange={(e) => onChange(slide(Number(e.target.value)))}
            />
          ))}
        </div>
        {field(ends[1])}
      </div>
    </fieldset>
  );
}

/** One end of the range: its year, where a typed year takes the range, and where a dragged thumb does. */
interface YearEnd {
  end: "from" | "to";
  year: number;
  commit: (year: number) => [number, number];
  slide: (year: number) => [number, number];
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
