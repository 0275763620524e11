import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp, stubDataFetch } from "../../../tests/renderApp";
import { PresentPage } from "./PresentPage";

describe("PresentPage", () => {
  it("opens on the step in the URL and moves with arrows and clicker keys", async () => {
    stubDataFetch();
    renderApp(<PresentPage />);
    expect(await screen.findByRole("heading", { level: 1, name: "1992: two new neighbours" })).toBeInTheDocument();
    expect(screen.getByText(/on January 3, 1992\. That year, China's customs recorded \$368M/)).toBeInTheDocument();

    await userEvent.keyboard("{ArrowRight}");
    expect(screen.getByRole("heading", { level: 1, name: "2023: $41B" })).toBeInTheDocument();
    expect(window.location.search).toBe("?step=2");

    await userEvent.keyboard("{ArrowRight}"); // already on the last step
    expect(window.location.search).toBe("?step=2");
    await userEvent.keyboard("{PageUp}");
    expect(screen.getByText("Step 1 of 2")).toBeInTheDocument();
  });

  it("clamps a step beyond the end", async () => {
    stubDataFetch();
    renderApp(<PresentPage />, { search: "step=9" });
    expect(await screen.findByText("Step 2 of 2")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Next step/ })).toBeDisabled();
  });
});
