import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../tests/renderApp";
import { stubDataFetch } from "../../tests/stubDataFetch";
import { SourceLine } from "./SourceLine";

describe("SourceLine", () => {
  it("names sources that read the same once, with a numbered mark for each", async () => {
    stubDataFetch();
    renderApp(<SourceLine ids={["imf-dots-china", "imf-dots-kazakhstan", "imf-dots-china"]} />);
    const line = await screen.findByText(/^Source/);
    await screen.findByText("[2]");
    expect(line).toHaveTextContent(/^Sources?: IMF \(2022\) \[1\] \[2\]$/);
    expect(screen.getByText("[1]")).toHaveAttribute("title", "Direction of Trade Statistics: China, P.R.: Mainland");
    expect(screen.getByText("[2]")).toHaveAttribute("title", "Direction of Trade Statistics: Kazakhstan, Rep. of");
  });

  it("falls back to the ids when sources.json cannot be read", async () => {
    stubDataFetch({ sources: { status: 404, body: "not found" } });
    renderApp(<SourceLine ids={["imf-dots-china"]} />);
    expect(await screen.findByText("imf-dots-china")).toBeInTheDocument();
  });
});
