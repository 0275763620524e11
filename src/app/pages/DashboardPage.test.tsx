import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { WARM_TIMEOUT, renderApp, warmViewCode } from "../../../tests/renderApp";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import { trade } from "../../../tests/fixtures/datasets";
import { DashboardPage } from "./DashboardPage";

const viewRoot = (id: string) => document.querySelector<HTMLElement>(`[data-view="${id}"]`)!;

describe("DashboardPage", () => {
  beforeAll(warmViewCode, WARM_TIMEOUT);

  it("shows the four views, each with its headline figures from the data", async () => {
    stubDataFetch();
    renderApp(<DashboardPage />);
    expect(screen.getByRole("heading", { level: 1, name: "Silk Road Ledger" })).toBeInTheDocument();
    for (const id of ["trade", "investment", "timeline", "map"]) expect(viewRoot(id)).toBeInTheDocument();

    const tradeView = within(viewRoot("trade"));
    expect(await tradeView.findByText("$368M in 1992 → $41B in 2023: 111‑fold")).toBeInTheDocument();
    expect(
      tradeView.getByText(
        /In 2023, China's customs recorded \$41B of trade and Kazakhstan's statistics \$31.4B: China's figure is 30.6% higher/,
      ),
    ).toBeInTheDocument();

    expect(await within(viewRoot("investment")).findByText("$25.3B of Chinese investment, 2005–2023")).toBeInTheDocument();
    expect(
      within(viewRoot("investment")).getByText(/2 landmark deals and loans on record, 1 of them with a disclosed amount/),
    ).toBeInTheDocument();

    expect(await within(viewRoot("timeline")).findByText("Diplomatic relations (1992) → Strategic partnership (2005)")).toBeInTheDocument();

    expect(await within(viewRoot("map")).findByText("1 site and 1 route, with 1 town for orientation")).toBeInTheDocument();
  });

  it("computes the lede from the data", async () => {
    stubDataFetch();
    renderApp(<DashboardPage />);
    expect(await screen.findByText(/grew from \$368M in 1992 to \$41B in 2023/)).toBeInTheDocument();
  });

  it("gives the data's version and the day of its last change in the footer", async () => {
    stubDataFetch();
    renderApp(<DashboardPage />);
    const footer = screen.getByRole("contentinfo");
    await waitFor(() => expect(footer).toHaveTextContent(/sources\.json\. Data version 2026\.02\.06, last updated February 6, 2026\./));
  });

  it("keeps a malformed dataset's error inside its view, naming file, field and expectation", async () => {
    const broken = structuredClone(trade);
    (broken.series[0]!.points[1] as { value: unknown }).value = "lots";
    stubDataFetch({ trade: { status: 200, body: JSON.stringify(broken) } });
    renderApp(<DashboardPage />);

    const alert = await within(viewRoot("trade")).findByRole("alert");
    expect(alert).toHaveTextContent("Bilateral trade could not be shown");
    expect(within(alert).getByText("data/en/trade.json")).toBeInTheDocument();
    expect(within(alert).getByText("series[0].points[1].value")).toBeInTheDocument();
    expect(alert).toHaveTextContent('expected a number, got "lots"');

    // The other views are untouched.
    expect(await within(viewRoot("investment")).findByText("$25.3B of Chinese investment, 2005–2023")).toBeInTheDocument();
    expect(await within(viewRoot("timeline")).findByText("Diplomatic relations (1992) → Strategic partnership (2005)")).toBeInTheDocument();
    expect(within(viewRoot("map")).queryByRole("alert")).toBeNull();
    expect(within(viewRoot("investment")).queryByRole("alert")).toBeNull();
  });

  it("says so when a file is missing or is not JSON", async () => {
    stubDataFetch({ places: { status: 404, body: "Not Found" }, timeline: { status: 200, body: "{ not json" } });
    renderApp(<DashboardPage />);
    expect(await within(viewRoot("map")).findByRole("alert")).toHaveTextContent(/data\/en\/places\.json.*HTTP 404/);
    expect(await within(viewRoot("timeline")).findByRole("alert")).toHaveTextContent(/data\/en\/timeline\.json.*expected valid JSON/);
    expect(await within(viewRoot("trade")).findByText("$368M in 1992 → $41B in 2023: 111‑fold")).toBeInTheDocument();
  });

  it("recovers on Retry once the file is good again", async () => {
    const fetchMock = stubDataFetch({ investment: "network-error" });
    renderApp(<DashboardPage />);
    const alert = await within(viewRoot("investment")).findByRole("alert");
    stubDataFetch();
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await within(viewRoot("investment")).findByText("$25.3B of Chinese investment, 2005–2023")).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalled();
  });

  it("still shows the views when the list of sources fails, citing source ids instead", async () => {
    stubDataFetch({ sources: { status: 500, body: "" } });
    renderApp(<DashboardPage />);
    expect(await within(viewRoot("trade")).findByText("$368M in 1992 → $41B in 2023: 111‑fold")).toBeInTheDocument();
    const sourcesSection = screen.getByRole("region", { name: "Sources and method" });
    expect(await within(sourcesSection).findByRole("alert")).toHaveTextContent("data/sources.json");
    await waitFor(() => expect(within(viewRoot("trade")).getAllByText(/imf-dots-china/).length).toBeGreaterThan(0));
  });

  it("lists the sources with links where known", async () => {
    stubDataFetch();
    renderApp(<DashboardPage />);
    const section = screen.getByRole("region", { name: "Sources and method" });
    expect(await within(section).findByText("3 sources")).toBeInTheDocument();
    expect(within(section).getByRole("link", { name: "China, Kazakhstan trade" })).toHaveAttribute("href", "https://example.org/a");
  });

  it("offers the datasets for download", () => {
    stubDataFetch();
    renderApp(<DashboardPage />);
    expect(screen.getByRole("link", { name: "trade.json" })).toHaveAttribute("href", "/data/trade.json");
  });
});
