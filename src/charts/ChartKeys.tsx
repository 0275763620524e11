import "./charts.css";

/**
 * How to read a chart by keyboard, shown under it in every view (small, muted): the chart points to
 * it with aria-describedby, and sighted keyboard users find the keys without having to guess. On a
 * slide (`hidden`), it is left to assistive technology, to give the chart the room; on a touch screen
 * too, until a keyboard is used in the view (charts.css).
 */
export function ChartKeys({ id, hidden = false, children }: { id: string; hidden?: boolean; children: string }) {
  return (
    <p id={id} className={hidden ? "visually-hidden" : "chart-keys"}>
      {children}
    </p>
  );
}
