import "./charts.css";

/**
 * How to read a chart by keyboard, shown under it in every view (small, muted): the chart points to
 * it with aria-describedby, and sighted keyboard users find the keys without having to guess.
 */
export function ChartKeys({ id, children }: { id: string; children: string }) {
  return (
    <p id={id} className="chart-keys">
      {children}
    </p>
  );
}
