import { useState, type ReactNode } from "react";
import { useLocale } from "../lib/locale";
import { ButtonGroup } from "./ButtonGroup";
import { toggleFilter } from "./filterToggle";
import "./charts.css";

export interface FilterItem<T extends string> {
  value: T;
  label: string;
  count: number;
  /** The symbol the chart draws for it, so the filter is the legend too. */
  sample?: ReactNode;
}

interface Props<T extends string> {
  label: string;
  items: readonly FilterItem<T>[];
  /** The values shown now. */
  shown: readonly T[];
  /** The count as words, for the chip's accessible name: "10 places". */
  countText: (count: number) => string;
  onChange: (shown: T[]) => void;
}

/**
 * One filter behaviour for every view: a toggle chip per category with its symbol, name and count,
 * a "Show all" while anything is hidden, and the last chip left on stays on, with a word why.
 */
export function FilterChips<T extends string>({ label, items, shown, countText, onChange }: Props<T>) {
  const { t, fmt } = useLocale();
  const [refused, setRefused] = useState(false);
  const values = items.map((i) => i.value);
  const on = new Set(shown);
  const allShown = values.every((v) => on.has(v));
  return (
    <ButtonGroup
      label={label}
      className="filter-chips"
      labelClassName="filter-chips__label"
      listClassName="filter-chips__list"
      after={
        <p className="filter-chips__status" role="status">
          {refused ? t("filter.lastOne") : ""}
        </p>
      }
    >
      {items.map((item) => (
        <button
          key={item.value}
          type="button"
          className="filter-chip"
          aria-pressed={on.has(item.value)}
          onClick={() => {
            const next = toggleFilter(values, shown, item.value);
            setRefused(next.refused);
            if (!next.refused) onChange(next.shown);
          }}
        >
          {item.sample && <span className="filter-chip__sample">{item.sample}</span>}
          {/* Named as it reads, "Oil, 10 places": one text for assistive technology, the label and number for the eye. */}
          <span className="visually-hidden">{t("filter.chip", { label: item.label, count: countText(item.count) })}</span>
          <span aria-hidden="true">{item.label}</span>
          <span className="filter-chip__count" aria-hidden="true">
            {fmt.number(item.count)}
          </span>
        </button>
      ))}
      {!allShown && (
        <button
          type="button"
          className="filter-chip filter-chip--all"
          onClick={() => {
            setRefused(false);
            onChange(values);
          }}
        >
          {t("filter.showAll")}
        </button>
      )}
    </ButtonGroup>
  );
}
