import { useId } from "react";

export interface Option<T extends string> {
  value: T;
  label: string;
  /** A fuller name for assistive technology; it must start with the visible label. */
  ariaLabel?: string;
}

interface Props<T extends string> {
  label: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A labelled row of toggle buttons for one choice (period, chart or list): aria-pressed on the chosen one. */
export function OptionGroup<T extends string>({ label, options, value, onChange }: Props<T>) {
  const labelId = useId();
  return (
    <div className="timeline-options" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="timeline-options__label">
        {label}
      </span>
      <div className="timeline-options__buttons">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className="timeline-options__option"
            aria-pressed={o.value === value}
            aria-label={o.ariaLabel}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
