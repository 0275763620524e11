import { useEffect, useLayoutEffect, useRef, useState } from "react";

/** What a wide table shows of itself, measured in the browser (the server renders the table at rest). */
export interface TableScrollState {
  /** Columns lie hidden before (to the left of) what the box shows. */
  before: boolean;
  /** Columns lie hidden after (to the right of) what the box shows. */
  after: boolean;
  /**
   * While the table's own header is above the top of the window and rows are still on screen, the
   * widths of its columns and of the whole table, for the copy of the header that stays at the top.
   */
  float: { widths: number[]; width: number } | null;
}

const AT_REST: TableScrollState = { before: false, after: false, float: null };
/** Below this many pixels of rows still on screen, the floating header gives way to the table's end. */
const FLOAT_MIN_ROWS_PX = 48;

const sameWidths = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((w, i) => Math.abs(w - b[i]!) < 0.5);
const sameState = (a: TableScrollState, b: TableScrollState) =>
  a.before === b.before &&
  a.after === b.after &&
  (a.float === b.float ||
    (a.float !== null && b.float !== null && Math.abs(a.float.width - b.float.width) < 0.5 && sameWidths(a.float.widths, b.float.widths)));

/** Puts the floating copy of the header (the child of its place) at the table's sideways scroll. */
function alignCopy(place: HTMLElement | null, region: HTMLElement | null) {
  const copy = place?.firstElementChild;
  if (copy && region) copy.scrollLeft = region.scrollLeft;
}

/**
 * Follows a table that scrolls sideways in its own box while the page scrolls it up and down: whether
 * columns are hidden to either side (for the edge shadows and the hint), and when its header should
 * float at the top of the window. The floating copy is kept at the box's sideways scroll.
 */
export function useTableScroll() {
  const regionRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  /** The floating header's place (always there, without height); its copy of the header is its child. */
  const floatRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<TableScrollState>(AT_REST);

  useEffect(() => {
    const region = regionRef.current;
    const table = tableRef.current;
    if (!region || !table) return;
    let frame = 0;
    let firstWidth = "";
    const measure = () => {
      frame = 0;
      const left = Math.abs(region.scrollLeft);
      const hidden = region.scrollWidth - region.clientWidth;
      const head = table.tHead?.getBoundingClientRect();
      const box = table.getBoundingClientRect();
      const firstRow = table.tBodies[0]?.rows[0];
      // Where the header floats: the top of the window, or below what the page keeps there (--sticky-top).
      const top = floatRef.current ? parseFloat(getComputedStyle(floatRef.current).top) || 0 : 0;
      const floating = head !== undefined && firstRow !== undefined && head.top < top && box.bottom > top + head.height + FLOAT_MIN_ROWS_PX;
      const next: TableScrollState = {
        before: left > 1,
        after: left < hidden - 1,
        float: floating ? { widths: [...firstRow.cells].map((c) => c.getBoundingClientRect().width), width: box.width } : null,
      };
      setState((prev) => (sameState(prev, next) ? prev : next));
      // Group names scrolling sideways stop beside the first column, which stays put (charts.css).
      const first = `${firstRow?.cells[0]?.getBoundingClientRect().width ?? 0}px`;
      if (first !== firstWidth) {
        firstWidth = first;
        table.closest<HTMLElement>(".data-table")?.style.setProperty("--data-table-first", first);
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    // The floating header follows a sideways scroll at once, not a frame later.
    const follow = () => {
      alignCopy(floatRef.current, region);
      schedule();
    };
    measure();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    region.addEventListener("scroll", follow, { passive: true });
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(schedule);
    observer?.observe(region);
    observer?.observe(table);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      region.removeEventListener("scroll", follow);
      observer?.disconnect();
    };
  }, []);

  // A header that has just appeared starts where the table is scrolled to.
  const floating = state.float !== null;
  useLayoutEffect(() => {
    if (floating) alignCopy(floatRef.current, regionRef.current);
  }, [floating]);

  return { regionRef, tableRef, floatRef, state };
}
