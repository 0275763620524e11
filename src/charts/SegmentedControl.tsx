import { useId } from "react";

interface Props<T extends string> {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A row of toggle buttons for one choice (scale, reporter, …): aria-pressed on the chosen one. */
export function SegmentedControl<T extends string>({ label, options, value, onChange }: Props<T>) {
  const labelId = useId();
  return (
    <div className="segmented" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="segmented__label">
        {label}
      </span>
      <div className="segmented__options">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className="segmented__option"
            aria-pressed={o.value === value}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
