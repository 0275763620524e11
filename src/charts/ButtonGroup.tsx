import { useId, type ReactNode } from "react";

interface Props {
  /** Names the group for assistive technology and for the eye. */
  label: string;
  className: string;
  labelClassName: string;
  /** The row the buttons sit in. */
  listClassName: string;
  /** The buttons. */
  children: ReactNode;
  /** Shown after the row, inside the group (a status line). */
  after?: ReactNode;
}

/** A labelled row of buttons: role="group" named by its visible label. */
export function ButtonGroup({ label, className, labelClassName, listClassName, children, after }: Props) {
  const labelId = useId();
  return (
    <div className={className} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={labelClassName}>
        {label}
      </span>
      <div className={listClassName}>{children}</div>
      {after}
    </div>
  );
}
