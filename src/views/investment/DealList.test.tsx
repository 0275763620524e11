import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { testInvestment } from "../../../tests/fixtures/investment";
import { mockLayout } from "../../../tests/mockLayout";
import { renderApp } from "../../../tests/renderApp";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import { InvestmentView } from "./InvestmentView";
import type { DealInput } from "../../../tests/fixtures/builders";
import { localize } from "../../../tests/fixtures/localize";

// The deal list and its sector filter, drawn in the investment view (the filter lives in its URL).

beforeEach(() => {
  mockLayout({ width: 800, height: 400 });
  stubDataFetch({ investment: { status: 200, body: JSON.stringify(testInvestment) } });
});

async function renderInvestment(search = "") {
  renderApp(<InvestmentView />, { search });
  await screen.findByText("$25.3B of Chinese investment, 2005–2023");
}

const params = () => new URLSearchParams(window.location.search);
const dealsRegion = () => screen.getByRole("region", { name: "Landmark deals and loans" });
const filter = () => screen.getByRole("group", { name: "Show sectors" });
const chip = (name: string) => within(filter()).getByRole("button", { name });
const pressed = () => within(filter()).getAllByRole("button", { pressed: true });
const SECTOR_CHIPS = ["Oil and gas, 1 deal", "Mining, 1 deal", "Renewables, 1 deal", "Transport and logistics, 1 deal"];
const dealTitles = () => [...dealsRegion().querySelectorAll(".investment-deal__title")].map((el) => el.textContent);

describe("DealList: deals", () => {
  it("opens a deal's details on selection and keeps the selection in the URL", async () => {
    await renderInvestment();
    const deals = dealsRegion();
    expect(within(deals).getByText("4 landmark deals and loans on record, 3 of them with a disclosed amount.")).toBeInTheDocument();
    const button = within(deals).getByRole("button", { name: /CNPC takes over PetroKazakhstan/ });
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(params().get("deal")).toBe("petrokazakhstan-2005");
    const details = document.getElementById(button.getAttribute("aria-controls")!)!;
    expect(details).toHaveTextContent("October 26, 2005");
    expect(details).toHaveTextContent("$4,180,000,000");
    expect(details).toHaveTextContent("CNPC and PetroKazakhstan");
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(params().get("deal")).toBeNull();
  });

  it("closes an open deal with Escape, leaving the focus on it", async () => {
    await renderInvestment("deal=petrokazakhstan-2005");
    const button = within(dealsRegion()).getByRole("button", { name: /CNPC takes over PetroKazakhstan/ });
    expect(button).toHaveAttribute("aria-expanded", "true");
    button.focus();
    await userEvent.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(params().get("deal")).toBeNull();
    expect(button).toHaveFocus();
  });

  it("says 'not disclosed' where the amount is unknown, and flags unverified deals", async () => {
    await renderInvestment("deal=cosco-khorgos-stake-2017");
    const button = screen.getByRole("button", { name: /COSCO buys 49%/ });
    expect(button).toHaveTextContent("not disclosed");
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(document.getElementById(button.getAttribute("aria-controls")!)).toHaveTextContent("Amountnot disclosed");
    expect(screen.getByRole("button", { name: /Kapshagay solar plant/ })).toHaveTextContent("unverified");
  });

  it("splits the deals at the shared focus year, and sets it", async () => {
    await renderInvestment("year=2011");
    expect(screen.getByRole("heading", { name: "Up to 2011: 2 deals" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "After 2011: 2 deals" })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Focus year" }), "2017");
    expect(params().get("year")).toBe("2017");
    expect(screen.getByRole("heading", { name: "Up to 2017: 3 deals" })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Focus year" }), "");
    expect(params().get("year")).toBeNull();
    expect(screen.queryByRole("heading", { name: /^Up to/ })).toBeNull();
  });
});

describe("DealList: the sector filter", () => {
  it("has a chip per sector with deals, named as it reads, in the unit chart's colour, all shown at first", async () => {
    await renderInvestment();
    const buttons = within(filter()).getAllByRole("button");
    expect(buttons).toHaveLength(SECTOR_CHIPS.length);
    SECTOR_CHIPS.forEach((name, i) => expect(buttons[i]).toHaveAccessibleName(name));
    expect(buttons[1]).toHaveTextContent("Mining1");
    expect(pressed()).toHaveLength(4);
    expect(within(filter()).queryByRole("button", { name: "Show all" })).toBeNull();
    const fill = (name: string) => chip(name).querySelector("rect")!.getAttribute("fill");
    const chartFills = [...document.querySelectorAll(".investment-units__svg > g:nth-of-type(2) rect")].map((r) => r.getAttribute("fill"));
    expect(chartFills).toContain(fill("Mining, 1 deal"));
    expect(chartFills).toContain(fill("Transport and logistics, 1 deal"));
    expect(new Set(SECTOR_CHIPS.map(fill)).size).toBe(SECTOR_CHIPS.length);
  });

  it("hides and shows sectors, keeps the list in the URL, and offers Show all while any is hidden", async () => {
    await renderInvestment();
    await userEvent.click(chip("Oil and gas, 1 deal"));
    expect(chip("Oil and gas, 1 deal")).toHaveAttribute("aria-pressed", "false");
    expect(params().get("sectors")).toBe("mining,renewables,transport-logistics");
    expect(dealTitles()).not.toContain("CNPC takes over PetroKazakhstan");
    expect(dealTitles()).toHaveLength(3);
    await userEvent.click(chip("Renewables, 1 deal"));
    expect(params().get("sectors")).toBe("mining,transport-logistics");
    await userEvent.click(chip("Oil and gas, 1 deal"));
    expect(params().get("sectors")).toBe("mining,oil-gas,transport-logistics");
    await userEvent.click(within(filter()).getByRole("button", { name: "Show all" }));
    expect(params().get("sectors")).toBeNull();
    expect(dealTitles()).toHaveLength(4);
    expect(within(filter()).queryByRole("button", { name: "Show all" })).toBeNull();
  });

  it("keeps the last sector shown on, and says why in the status line", async () => {
    await renderInvestment("sectors=mining");
    await userEvent.click(chip("Mining, 1 deal"));
    expect(chip("Mining, 1 deal")).toHaveAttribute("aria-pressed", "true");
    expect(params().get("sectors")).toBe("mining");
    expect(within(filter()).getByRole("status")).toHaveTextContent(/^The last one left on stays on/);
    await userEvent.click(chip("Renewables, 1 deal"));
    expect(within(filter()).getByRole("status")).toHaveTextContent("");
  });

  it("reads an old link's one sector as the only one shown, ignoring unknown ids", async () => {
    await renderInvestment("sector=mining&deal=no-such-deal");
    expect(dealTitles()).toEqual(["CDB loan for the Aktogay copper mine"]);
    expect(pressed()).toEqual([chip("Mining, 1 deal")]);
    await userEvent.click(within(filter()).getByRole("button", { name: "Show all" }));
    expect(window.location.search).toBe("");
  });

  it("shows every sector for a list that names none with deals", async () => {
    await renderInvestment("sectors=finance,<b>");
    expect(pressed()).toHaveLength(4);
    expect(dealTitles()).toHaveLength(4);
  });

  it("lets go of the selected deal when its sector is hidden, and keeps it otherwise", async () => {
    await renderInvestment("deal=petrokazakhstan-2005");
    await userEvent.click(chip("Mining, 1 deal"));
    expect(params().get("deal")).toBe("petrokazakhstan-2005");
    await userEvent.click(chip("Oil and gas, 1 deal"));
    expect(params().get("deal")).toBeNull();
    expect(params().get("sectors")).toBe("renewables,transport-logistics");
  });

  it("picks out the sectors shown in the unit chart's breakdown, leaving the tally as it is", async () => {
    await renderInvestment("sectors=mining,oil-gas");
    const [tally, other] = document.querySelectorAll(".investment-units__svg > g");
    expect(tally!.querySelectorAll(".investment-units__dim")).toHaveLength(0);
    const dimmed = new Set([...other!.querySelectorAll("rect.investment-units__dim")].map((r) => r.getAttribute("fill")));
    const fill = (name: string) => chip(name).querySelector("rect")!.getAttribute("fill");
    expect(dimmed.has(fill("Transport and logistics, 1 deal"))).toBe(true);
    expect(dimmed.has(fill("Mining, 1 deal"))).toBe(false);
    expect(other!.querySelectorAll("rect:not(.investment-units__dim)")).toHaveLength(26);
  });
});

describe("DealList: a commitment to spend", () => {
  it("writes a pledge out in words, with no bar beside the prices, and does not count it as a disclosed amount", async () => {
    const pledge = localize<DealInput>({
      ...testInvestment.deals[0]!,
      id: "aktobemunaigas-1997",
      date: "1997-06",
      precision: "month" as const,
      title: "CNPC acquires AktobeMunaiGas",
      description: "CNPC acquires 60.3% of AktobeMunaiGas, committing $4.3 billion over 20 years.",
      amount: 4_300,
      amountKind: "commitment" as const,
    });
    const withPledge = { ...testInvestment, deals: [pledge, ...testInvestment.deals] };
    stubDataFetch({ investment: { status: 200, body: JSON.stringify(withPledge) } });
    await renderInvestment();
    const deals = dealsRegion();
    expect(within(deals).getByText("5 landmark deals and loans on record, 3 of them with a disclosed amount.")).toBeInTheDocument();
    const button = within(deals).getByRole("button", { name: /CNPC acquires AktobeMunaiGas/ });
    expect(button).toHaveTextContent("$4.3B pledged");
    expect(button.querySelector(".investment-deal__bar span")).toBeNull();
    // The largest price sets the bars' scale: PetroKazakhstan's $4.18B fills its bar, not 97% of a pledge's.
    const petro = within(deals).getByRole("button", { name: /CNPC takes over PetroKazakhstan/ });
    expect(petro.querySelector<HTMLElement>(".investment-deal__bar span")!.style.width).toBe("100%");
    await userEvent.click(button);
    const details = document.getElementById(button.getAttribute("aria-controls")!)!;
    expect(details).toHaveTextContent("$4,300,000,000, a commitment to spend over years, not a price");
  });
});
