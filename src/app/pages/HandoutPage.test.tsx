import { screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../../../tests/fixtures/datasets";
import { WARM_TIMEOUT, renderApp, warmViewCode } from "../../../tests/renderApp";
import { stubDataFetch } from "../../../tests/stubDataFetch";
import type { DatasetContents } from "../../data/datasets";
import { formatters } from "../../lib/format";
import { pluralTranslator, translator } from "../../lib/i18n";
import { VIEWS } from "../viewRegistry";
import { HandoutPage } from "./HandoutPage";
import { STORY } from "./present/story";

const EN = { lang: "en", t: translator("en"), tn: pluralTranslator("en"), fmt: formatters("en") };
// The fixtures are valid files: what the schemas parse them into is the same data.
const DATA = FIXTURES as unknown as DatasetContents;
/** A step's title from the data, or its view's title where the fixtures lack what the step speaks of. */
const titleOf = (step: (typeof STORY)[number]) => step.text(DATA, EN)?.title ?? EN.t(VIEWS[step.view].titleKey);

describe("HandoutPage", () => {
  beforeAll(warmViewCode, WARM_TIMEOUT);

  it("lists every step of the story with its title and a QR code that names the step's live address", async () => {
    stubDataFetch();
    renderApp(<HandoutPage />);
    expect(await screen.findByRole("heading", { level: 1, name: "China and Kazakhstan, step by step" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Print" })).toBeInTheDocument();

    const steps = document.querySelectorAll<HTMLElement>(".handout-step");
    expect(steps).toHaveLength(STORY.length);
    STORY.forEach((step, i) => {
      const page = within(steps[i]!);
      expect(page.getByRole("heading", { level: 2, name: titleOf(step) })).toBeInTheDocument();
      expect(page.getByText(`Step ${i + 1} of ${STORY.length}`)).toBeInTheDocument();
      // Without SITE_URL the code leads to this site's own presentation.
      const url = `${window.location.origin}/present/?step=${i + 1}`;
      expect(page.getByRole("img", { name: `QR code: step ${i + 1}, ${url}` })).toBeInTheDocument();
      expect(page.getByText(url)).toBeInTheDocument();
    });
    // The words come from the data, as /present says them.
    const stepById = (id: string) => steps[STORY.findIndex((s) => s.id === id)]!;
    expect(within(stepById("ties")).getByRole("heading", { name: "1992: two new neighbours" })).toBeInTheDocument();
    expect(within(stepById("growth")).getByRole("heading", { name: "2023: $41B" })).toBeInTheDocument();
  });

  it("keeps the answer of a step the class predicts off paper: no figures, no sources, a word on where the answer is", async () => {
    stubDataFetch();
    renderApp(<HandoutPage />);
    await screen.findByRole("heading", { level: 1, name: "China and Kazakhstan, step by step" });
    const steps = document.querySelectorAll<HTMLElement>(".handout-step");
    const predicted = STORY.flatMap((step, i) => (step.predict ? [steps[i]!] : []));
    expect(predicted.length).toBeGreaterThan(0);
    for (const page of predicted) {
      expect(within(page).queryByRole("table", { name: "Key figures" })).toBeNull();
      expect(within(page).queryByRole("heading", { name: "Sources" })).toBeNull();
      expect(within(page).getByText(/^Guess first: the answer/)).toBeInTheDocument();
    }
    // The step that follows the trade guess has its figures, the answer among them.
    const growth = steps[STORY.findIndex((s) => s.id === "growth")]!;
    expect(within(growth).getByRole("table", { name: "Key figures" })).toBeInTheDocument();
    expect(within(growth).getByRole("heading", { name: "Sources" })).toBeInTheDocument();
  });

  it("says how recent the data is, from the data, and lists the steps on the cover", async () => {
    stubDataFetch();
    renderApp(<HandoutPage />);
    const cover = await screen.findByRole("region", { name: "China and Kazakhstan, step by step" });
    const latestYear = Math.max(...DATA.trade.series.flatMap((s) => s.points.map((p) => p.year)));
    expect(within(cover).getByText(new RegExp(`trade figures to ${latestYear}\\.$`))).toBeInTheDocument();
    expect(within(cover).getByRole("heading", { name: "How to read these charts" })).toBeInTheDocument();
    const contents = within(cover).getByRole("list", { name: "The steps" });
    expect(
      within(contents)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(STORY.map(titleOf));
  });
});
