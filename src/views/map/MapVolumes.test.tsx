import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../tests/renderApp";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import type { Volume } from "../../data/schemas/places";
import { MapVolumes } from "./MapVolumes";

const oil: Volume = {
  measure: "Oil carried by Kazakhstan–China Pipeline",
  unit: "thousand tonnes",
  points: [
    { year: 2022, value: 19_236 },
    { year: 2023, value: 18_806 },
    { year: 2024, value: 18_789 },
  ],
  sources: ["imf-dots-china"],
  confidence: "verified",
  note: "Both lines together.",
};
const transit: Volume = { ...oil, measure: "of it, in transit", points: [{ year: 2024, value: 9_979 }], note: undefined };

describe("MapVolumes", () => {
  it("shows each measure by year, says which years a measure has no figure for, and cites the sources", async () => {
    stubDataFetch();
    renderApp(<MapVolumes volumes={[oil, transit]} />);
    const table = screen.getByRole("table", { name: "What moves through it, by year, in thousand tonnes" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Measure", "2022", "2023", "2024"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ["Oil carried by Kazakhstan–China Pipeline", "19,236", "18,806", "18,789"],
      ["of it, in transit", "unknown", "unknown", "9,979"],
    ]);
    expect(screen.getByText("Both lines together.")).toBeInTheDocument();
    expect(await screen.findByText("IMF (2022)")).toBeInTheDocument();
    expect(screen.getByText("IMF (2022)").closest("p")).toHaveTextContent(/^Source: IMF \(2022\)$/);
  });

  it("names each measure's unit beside it when the measures differ in unit", () => {
    stubDataFetch();
    renderApp(<MapVolumes volumes={[oil, { ...transit, measure: "Trains", unit: "trains" }]} />);
    const table = screen.getByRole("table", { name: "What moves through it, by year" });
    expect(within(table).getByRole("rowheader", { name: "Trains (trains)" })).toBeInTheDocument();
  });
});
