// The benchmark's plain React + d3 page: the same data/trade.json as the trade view, drawn by PlainChart.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PlainChart, type Series } from "./PlainChart";

const root = document.getElementById("root");
if (root) {
  const file = (await (await fetch("data/trade.json")).json()) as { series: Series[] };
  createRoot(root).render(
    <StrictMode>
      <PlainChart series={file.series} width={document.documentElement.clientWidth - 32} />
    </StrictMode>,
  );
}
