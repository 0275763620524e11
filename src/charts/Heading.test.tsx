import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Heading } from "./Heading";
import { HeadingLevel } from "./headingLevel";

describe("Heading", () => {
  it("ranks a part one below the view's title and a part of it two below", () => {
    render(
      <HeadingLevel value={1}>
        <Heading depth={1}>Sites and routes</Heading>
        <Heading depth={2}>Kazakhstan → China</Heading>
      </HeadingLevel>,
    );
    expect(screen.getByRole("heading", { name: "Sites and routes" })).toHaveProperty("tagName", "H2");
    expect(screen.getByRole("heading", { name: "Kazakhstan → China" })).toHaveProperty("tagName", "H3");
  });

  it("ranks under an h2 title outside any view frame, as on the dashboard, and goes no deeper than h6", () => {
    render(
      <>
        <Heading depth={1}>Landmark deals and loans</Heading>
        <HeadingLevel value={5}>
          <Heading depth={2} ref={(h) => h?.setAttribute("data-ref", "set")}>
            Deepest
          </Heading>
        </HeadingLevel>
      </>,
    );
    expect(screen.getByRole("heading", { name: "Landmark deals and loans", level: 3 })).toBeInTheDocument();
    const deepest = screen.getByRole("heading", { name: "Deepest", level: 6 });
    expect(deepest).toHaveAttribute("data-ref", "set");
  });
});
