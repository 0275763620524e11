import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../tests/renderApp";
import { stubDataFetch } from "../../tests/stubDataFetch";
import { source } from "../../tests/fixtures/builders";
import { sourcesFile } from "../../tests/fixtures/datasets";
import { SourceLine } from "./SourceLine";

const json = (body: unknown) => ({ status: 200, body: JSON.stringify(body) });

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

  it("names three sources and folds the rest behind a button that shows them all", async () => {
    stubDataFetch({
      sources: json(
        sourcesFile({ sources: ["a", "b", "c", "d", "e"].map((id) => source({ id, publisher: `Publisher ${id}`, date: "2020" })) }),
      ),
    });
    renderApp(<SourceLine ids={["a", "b", "c", "d", "e"]} />);
    await screen.findByText("Publisher a (2020)");
    const more = screen.getByRole("button", { name: "2 more" });
    const line = more.closest("p")!;
    expect(line).toHaveTextContent(/^Sources: Publisher a \(2020\), Publisher b \(2020\), Publisher c \(2020\), and 2 more$/);
    await userEvent.click(more);
    expect(line).toHaveTextContent(/Publisher c \(2020\), Publisher d \(2020\), and Publisher e \(2020\)$/);
    expect(screen.queryByRole("button", { name: /more/ })).toBeNull();
  });

  it("never folds a single source: four are all named", async () => {
    stubDataFetch({
      sources: json(sourcesFile({ sources: ["a", "b", "c", "d"].map((id) => source({ id, publisher: `P${id}`, date: "2020" })) })),
    });
    renderApp(<SourceLine ids={["a", "b", "c", "d"]} />);
    await screen.findByText("Pd (2020)");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("falls back to the ids when sources.json cannot be read", async () => {
    stubDataFetch({ sources: { status: 404, body: "not found" } });
    renderApp(<SourceLine ids={["imf-dots-china"]} />);
    expect(await screen.findByText("imf-dots-china")).toBeInTheDocument();
  });

  it("marks an official source and a reprint beside their names, and leaves a reputable outlet unmarked", async () => {
    stubDataFetch({
      sources: json(
        sourcesFile({
          sources: [
            source({ id: "customs", publisher: "China's customs", date: "2024", tier: "primary" }),
            source({ id: "outlet", publisher: "The Astana Times", date: "2025", tier: "secondary" }),
            source({ id: "copy", publisher: "A games site", date: "2024", tier: "reprint" }),
          ],
        }),
      ),
    });
    renderApp(<SourceLine ids={["customs", "outlet", "copy"]} />);
    await screen.findByText("China's customs (2024)");
    const line = screen.getByText("China's customs (2024)").closest("p")!;
    expect(line).toHaveTextContent(
      /^Sources: China's customs \(2024\) official, The Astana Times \(2025\), and A games site \(2024\) reprint$/,
    );
  });
});
