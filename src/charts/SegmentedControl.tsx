import { ButtonGroup } from "./ButtonGroup";
import "./charts.css";

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  /** A fuller name for assistive technology; it must start with the visible label. */
  ariaLabel?: string;
}

interface Props<T extends string> {
  label: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A row of toggle buttons for one choice (scale, reporter, period, chart or list): aria-pressed on the chosen one. */
export function SegmentedControl<T extends string>({ label, options, value, onChange }: Props<T>) {
  return (
    <ButtonGroup label={label} className="segmented" labelClassName="segmented__label" listClassName="segmented__options">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="segmented__option"
          aria-pressed={o.value === value}
          aria-label={o.ariaLabel}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </ButtonGroup>
  );
}
