import type { PointerEvent, ReactNode, Ref } from "react";
import { readPointsByKey } from "./stepThrough";

/** What every chart is given by its view: its width, its words, and a handle on its drawing. */
export interface ChartBaseProps {
  /** The width measured by the view (useElementSize), in pixels. */
  width: number;
  /** The chart's text summary, generated from the data: its accessible name. */
  summary: string;
  /** The id of the keys shown under the chart (ChartKeys). */
  instructionsId: string;
  /** The drawing, which the view's image exports copy (exportSvg.ts). */
  svgRef?: Ref<SVGSVGElement>;
  /**
   * The page's font, once the view has measured its box (useElementSize): labels are laid out by their width in
   * it. Before (and on the server) they are laid out by an estimate (useTextMeasure).
   */
  fontFamily?: string;
}

/** What a chart read point by point tells its frame: the points in reading order, and the one read now. */
export interface PointReading<T> {
  order: readonly T[];
  active: T | null;
  onActive: (item: T | null) => void;
  /** Enter or Space on the point read: it becomes the selection (the focus year). */
  onSelect?: (item: T) => void;
}

interface Props<T> {
  className: string;
  /** The chart's text summary, generated from the data: its accessible name. */
  summary: string;
  /** The id of the keys shown under the chart (ChartKeys). */
  instructionsId: string;
  reading: PointReading<T>;
  /** Reading also stops when the mouse leaves the chart, not only when focus does. */
  leaveWithPointer?: boolean;
  children: ReactNode;
}

const ignore = () => undefined;

/**
 * The accessible root of a chart read point by point: one tab stop, named by its summary, described by
 * its keys, which it handles (stepThrough.ts); the drawing inside is hidden from assistive technology,
 * which reads the points through the chart's live region instead. Reading stops when focus leaves the
 * chart (not when it moves within it). The same root for every such chart (trade, investment's inflows and squares).
 */
export function ChartFrame<T>({ className, summary, instructionsId, reading, leaveWithPointer, children }: Props<T>) {
  const { order, active, onActive, onSelect = ignore } = reading;
  return (
    <div
      className={className}
      role="group"
      tabIndex={0}
      aria-label={summary}
      aria-describedby={instructionsId}
      onKeyDown={(e) => {
        // Keys pressed on a control inside the chart (trade's event markers) are that control's.
        if (e.target === e.currentTarget) readPointsByKey(e, { order, active, onActive, onSelect });
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onActive(null);
      }}
      onPointerLeave={
        leaveWithPointer
          ? (e: PointerEvent<HTMLDivElement>) => {
              if (e.pointerType === "mouse") onActive(null);
            }
          : undefined
      }
    >
      {children}
    </div>
  );
}
