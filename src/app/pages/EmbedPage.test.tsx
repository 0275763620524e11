import { screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { WARM_TIMEOUT, renderApp, warmViewCode } from "../../../tests/renderApp";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import { EmbedIndex, EmbedPage } from "./EmbedPage";

describe("EmbedPage", () => {
  beforeAll(warmViewCode, WARM_TIMEOUT);

  it("shows one view, titled as the page's h1, and a link to the full dashboard that keeps the state", async () => {
    stubDataFetch();
    renderApp(<EmbedPage viewId="trade" />, { search: "year=2013&scale=log" });
    const views = document.querySelectorAll("[data-view]");
    expect(views).toHaveLength(1);
    expect(views[0]).toHaveAttribute("data-view", "trade");
    expect(screen.getByRole("heading", { level: 1, name: "Bilateral trade" })).toBeInTheDocument();
    expect(await screen.findByText("$368M in 1992 → $41B in 2023: 111‑fold")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open in Silk Road Ledger" })).toHaveAttribute("href", "/?year=2013&scale=log#view-trade");
  });
});

describe("EmbedIndex", () => {
  it("names the unknown view as text and lists the real ones", () => {
    renderApp(<EmbedIndex requested={'<img src=x onerror="alert(1)">'} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent('There is no view called “<img src=x onerror="alert(1)">”');
    expect(document.querySelector("img")).toBeNull();
    const list = screen.getByRole("list");
    expect(
      within(list)
        .getAllByRole("link")
        .map((a) => a.getAttribute("href")),
    ).toEqual(["/embed/trade/", "/embed/investment/", "/embed/timeline/", "/embed/map/"]);
  });

  it("shortens a very long name", () => {
    renderApp(<EmbedIndex requested={"x".repeat(500)} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent!.length).toBeLessThan(80);
  });
});
