import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../tests/renderApp";
import { ViewControls } from "./ViewControls";

describe("ViewControls in full", () => {
  it("offers a bar that says what is set and opens the controls; Escape closes them and returns to the bar", async () => {
    renderApp(
      <ViewControls summary={["China", "Total", "Log"]}>
        <button type="button">Kazakhstan</button>
        <label>
          Focus year
          <select defaultValue="">
            <option value="">None</option>
          </select>
        </label>
      </ViewControls>,
    );
    // Which of the two shows is the view's width, in CSS; both are in the page from the start.
    const bar = screen.getByRole("button", { name: /^Settings/ });
    expect(bar).toHaveTextContent("SettingsChinaTotalLogChange");
    expect(bar).toHaveAttribute("aria-expanded", "false");
    const panel = screen.getByRole("group", { name: "Settings" });
    expect(bar).toHaveAttribute("aria-controls", panel.id);
    expect(panel).toContainElement(screen.getByRole("button", { name: "Kazakhstan" }));

    await userEvent.click(bar);
    expect(bar).toHaveAttribute("aria-expanded", "true");
    expect(bar).toHaveTextContent(/Done$/);
    // A select keeps Escape for its own list.
    screen.getByRole("combobox", { name: "Focus year" }).focus();
    await userEvent.keyboard("{Escape}");
    expect(bar).toHaveAttribute("aria-expanded", "true");
    screen.getByRole("button", { name: "Kazakhstan" }).focus();
    await userEvent.keyboard("{Escape}");
    expect(bar).toHaveAttribute("aria-expanded", "false");
    expect(bar).toHaveFocus();
  });
});
