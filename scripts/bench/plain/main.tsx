// The benchmark's plain React + d3 page: the same data/trade.json as the trade view, drawn by PlainChart, under a
// title, all rendered in the browser.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PlainChart, type Series } from "./PlainChart";

const root = document.getElementById("root");
if (root) {
  const file = (await (await fetch("data/trade.json")).json()) as { series: Series[] };
  const years = file.series.flatMap((s) => s.points.map((p) => p.year));
  // A title and a line of text, as any chart page has: what the page-load bench reads its largest paint from.
  createRoot(root).render(
    <StrictMode>
      <h1>China–Kazakhstan trade</h1>
      <p>
        {file.series.length} series, {Math.min(...years)}–{Math.max(...years)}, in US dollars, as each side's customs reported them.
      </p>
      <PlainChart series={file.series} width={document.documentElement.clientWidth - 32} />
    </StrictMode>,
  );
}
