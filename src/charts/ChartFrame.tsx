import type { KeyboardEvent, PointerEvent, ReactNode } from "react";

interface Props {
  className: string;
  /** The chart's text summary, generated from the data: its accessible name. */
  summary: string;
  /** The id of the keys shown under the chart (ChartKeys). */
  instructionsId: string;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  /** Focus left the chart (not moved within it), or the mouse left it when `leaveWithPointer`: reading stops. */
  onLeave: () => void;
  leaveWithPointer?: boolean;
  children: ReactNode;
}

/**
 * The accessible root of a chart read point by point: one tab stop, named by its summary, described by
 * its keys; the drawing inside is hidden from assistive technology, which reads the points through the
 * chart's live region instead. The same root for every such chart (trade, investment's inflows and squares).
 */
export function ChartFrame({ className, summary, instructionsId, onKeyDown, onLeave, leaveWithPointer, children }: Props) {
  return (
    <div
      className={className}
      role="group"
      tabIndex={0}
      aria-label={summary}
      aria-describedby={instructionsId}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onLeave();
      }}
      onPointerLeave={
        leaveWithPointer
          ? (e: PointerEvent<HTMLDivElement>) => {
              if (e.pointerType === "mouse") onLeave();
            }
          : undefined
      }
    >
      {children}
    </div>
  );
}
