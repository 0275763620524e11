import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../tests/renderApp";
import { Controls } from "./Controls";

describe("Controls", () => {
  it("sets the theme on <html> and in the URL", async () => {
    renderApp(<Controls />);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "Dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(window.location.search).toBe("?theme=dark");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "System");
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(window.location.search).toBe("");
  });

  it("reads the theme and language from the URL", () => {
    renderApp(<Controls />, { search: "theme=contrast&lang=en" });
    expect(screen.getByRole("combobox", { name: "Theme" })).toHaveValue("contrast");
    expect(document.documentElement.dataset.theme).toBe("contrast");
    expect(document.documentElement.lang).toBe("en");
  });
});
