import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { renderApp } from "../../tests/renderApp";
import { stubDataFetch } from "../../tests/stubDataFetch";
import { ViewActions } from "./ViewActions";

/** A blob's bytes (jsdom's Blob has no `arrayBuffer`). */
const readBytes = (blob: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

function setup(search = "") {
  const csv = vi.fn(() => "year,value\r\n1992,368\r\n");
  const { client } = renderApp(
    <ViewActions viewId="trade" title="Bilateral trade" csv={csv} table={<p>the table</p>} sourceText="IMF DOTS" />,
    { search },
  );
  return { csv, client };
}

/** Catches the files the test downloads, until it ends: each download's blob is the mock's first argument. */
function captureDownloads() {
  const createObjectURL = vi.fn((_: Blob) => "blob:x");
  const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  onTestFinished(() => void Object.assign(URL, { createObjectURL: saved.create, revokeObjectURL: saved.revoke }));
  return createObjectURL;
}

/** A text as a regular expression that matches it exactly. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("ViewActions", () => {
  it("shows the data table on request", async () => {
    setup();
    const button = screen.getByRole("button", { name: "Table" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText("the table")).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("the table")).toBeVisible();
  });

  it("downloads the CSV the view builds", async () => {
    const createObjectURL = vi.fn((_: Blob) => "blob:x");
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    try {
      const { csv } = setup();
      const download = screen.getByRole("button", { name: "Download" });
      expect(screen.queryByRole("button", { name: "CSV" })).toBeNull();
      await userEvent.click(download);
      expect(download).toHaveAttribute("aria-expanded", "true");
      const button = screen.getByRole("button", { name: "CSV" });
      expect(button).toHaveAccessibleDescription("The data, one line per value, with confidence and sources");
      await userEvent.click(button);
      expect(csv).toHaveBeenCalledOnce();
      expect(createObjectURL).toHaveBeenCalledOnce();
      expect(createObjectURL.mock.calls[0]![0].type).toBe("text/csv;charset=utf-8");
    } finally {
      Object.assign(URL, { createObjectURL: saved.create, revokeObjectURL: saved.revoke });
    }
  });

  it("offers the CSV in long and wide form when the view has both, each file named for its shape", async () => {
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:x"), revokeObjectURL: vi.fn() });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      const long = vi.fn(() => "year,series,value\r\n1992,cn-total,368\r\n");
      const wide = vi.fn(() => "year,cn_total\r\n1992,368\r\n");
      renderApp(<ViewActions viewId="trade" title="Bilateral trade" csv={long} csvWide={wide} table={null} sourceText="IMF DOTS" />);
      await userEvent.click(screen.getByRole("button", { name: "Download" }));
      expect(screen.queryByRole("button", { name: "CSV" })).toBeNull();
      const longButton = screen.getByRole("button", { name: "CSV (long)" });
      const wideButton = screen.getByRole("button", { name: "CSV (wide)" });
      expect(longButton).toHaveAccessibleDescription("One line per year and series: exact values, confidence and sources");
      expect(wideButton).toHaveAccessibleDescription("One line per year, a column per series, with the change on the year before");
      await userEvent.click(longButton);
      await userEvent.click(wideButton);
      expect([long.mock.calls.length, wide.mock.calls.length]).toEqual([1, 1]);
      expect(names).toEqual(["silk-road-ledger-trade-long.csv", "silk-road-ledger-trade-wide.csv"]);
      // Both with the byte-order mark that makes spreadsheets read UTF-8.
      const bytes = await Promise.all(blobs.map(readBytes));
      expect(bytes.map((b) => [...b.subarray(0, 3)])).toEqual([
        [0xef, 0xbb, 0xbf],
        [0xef, 0xbb, 0xbf],
      ]);
      expect(new TextDecoder().decode(bytes[1])).toBe("year,cn_total\r\n1992,368\r\n");
    } finally {
      Object.assign(URL, { createObjectURL: saved.create, revokeObjectURL: saved.revoke });
    }
  });

  it("opens the embed builder with the view's current state, sized and themed as chosen, and gives focus back on close", async () => {
    setup("year=2013&scale=log&step=4");
    const embed = screen.getByRole("button", { name: "Embed" });
    await userEvent.click(embed);
    const dialog = await screen.findByRole("dialog", { name: "Embed “Bilateral trade”" });
    const snippet = () => (within(dialog).getAllByRole("textbox")[0] as HTMLTextAreaElement).value;
    expect(snippet()).toMatch(
      /^<iframe src="http:\/\/localhost:3000\/embed\/trade\/\?year=2013&amp;scale=log" title="Bilateral trade — Silk Road Ledger" width="680" height="\d+" style="width:100%;max-width:680px;border:0" loading="lazy"><\/iframe>\n<script>/,
    );
    await userEvent.click(within(dialog).getByRole("radio", { name: "Slide 16:9 (960 × 540)" }));
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Theme" }), "dark");
    await userEvent.click(within(dialog).getByRole("checkbox", { name: /Show the view's title/ }));
    expect(snippet()).toBe(
      '<iframe src="http://localhost:3000/embed/trade/?year=2013&amp;scale=log&amp;theme=dark&amp;title=0" title="Bilateral trade — Silk Road Ledger" width="960" height="540" style="border:0" loading="lazy"></iframe>',
    );
    expect(within(dialog).getByTitle("Preview of the embedded “Bilateral trade”")).toHaveAttribute(
      "src",
      "http://localhost:3000/embed/trade/?year=2013&scale=log&theme=dark&title=0",
    );
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(embed).toHaveFocus();
  });

  it("cites the view with its state, the data version and the access date, in APA, Chicago and BibTeX, and as a RIS file", async () => {
    stubDataFetch();
    const createObjectURL = captureDownloads();
    setup("year=2013&scale=log&step=4");
    await userEvent.click(screen.getByRole("button", { name: "Cite" }));
    const url = "http://localhost:3000/?year=2013&scale=log#view-trade";
    // The data version comes with sources.json, which the panel does not wait for.
    const apa = () => (screen.getByRole("textbox", { name: "APA" }) as HTMLTextAreaElement).value;
    await waitFor(() => expect(apa()).toContain("version 2026.02.06"));
    expect((screen.getByRole("textbox", { name: "APA" }) as HTMLTextAreaElement).value).toMatch(
      new RegExp(
        `^Silk Road Ledger\\. \\(2026\\)\\. Bilateral trade \\[Data set, version 2026\\.02\\.06\\]\\. Retrieved .+, from ${escape(url)}\\. Data sources: IMF DOTS\\.$`,
      ),
    );
    expect((screen.getByRole("textbox", { name: "Chicago" }) as HTMLTextAreaElement).value).toMatch(
      new RegExp(
        `^Silk Road Ledger\\. “Bilateral trade\\.” Data version 2026\\.02\\.06, updated February 6, 2026\\. Accessed .+\\. ${escape(url)}\\. Data sources: IMF DOTS\\.$`,
      ),
    );
    const bibtex = (screen.getByRole("textbox", { name: "BibTeX" }) as HTMLTextAreaElement).value;
    expect(bibtex).toMatch(
      /^@misc\{silkroadledger-trade-\d{8},\n {2}author = \{\{Silk Road Ledger\}\},\n {2}title = \{\{Bilateral trade\}\},/,
    );
    expect(bibtex).toContain(`  url = {${url}},`);
    expect(bibtex).toContain("  version = {2026.02.06},");
    expect(screen.getAllByRole("button", { name: /^Copy / }).map((b) => b.getAttribute("aria-label"))).toEqual([
      "Copy APA",
      "Copy Chicago",
      "Copy BibTeX",
    ]);
    await userEvent.click(screen.getByRole("button", { name: "RIS file" }));
    const ris = new TextDecoder().decode(await readBytes(createObjectURL.mock.calls[0]![0]));
    expect(ris.split("\r\n")).toEqual(
      expect.arrayContaining([
        "TY  - DATA",
        "AU  - Silk Road Ledger",
        "TI  - Bilateral trade",
        "ET  - 2026.02.06",
        `UR  - ${url}`,
        "ER  - ",
      ]),
    );
  });

  it("offers, beside the CSV, a note on the files: view, data version, download date, sources and citation", async () => {
    stubDataFetch();
    const createObjectURL = captureDownloads();
    const { client } = setup();
    await waitFor(() => expect(client.getQueryData(["dataset", "sources"])).toBeDefined());
    await userEvent.click(screen.getByRole("button", { name: "Download" }));
    await userEvent.click(screen.getByRole("button", { name: "About these files (TXT)" }));
    const note = new TextDecoder().decode(await readBytes(createObjectURL.mock.calls[0]![0]));
    expect(note).toMatch(
      /^Bilateral trade, from Silk Road Ledger\n\nView: http:\/\/localhost:3000\/#view-trade\nData version 2026\.02\.06, last updated February 6, 2026\. Downloaded .+\.\nSources: IMF DOTS\n\nCite as \(APA\): Silk Road Ledger\. \(2026\)/,
    );
  });

  it("tells the reader when a PNG cannot be made, and keeps the other controls working", async () => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const decode = vi.fn(() => Promise.reject(new Error("the image could not be decoded")));
    Object.defineProperty(HTMLImageElement.prototype, "decode", { configurable: true, value: decode });
    vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:x");
    vi.spyOn(URL, "revokeObjectURL").mockReturnValue(undefined);
    onTestFinished(() => void delete (HTMLImageElement.prototype as { decode?: unknown }).decode);
    renderApp(
      <ViewActions
        viewId="trade"
        title="Bilateral trade"
        csv={() => ""}
        svgRef={{ current: svg }}
        table={<p>the table</p>}
        sourceText="IMF DOTS"
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("");
    await userEvent.click(screen.getByRole("button", { name: "Download" }));
    await userEvent.click(screen.getByRole("button", { name: "PNG" }));
    expect(decode).toHaveBeenCalledOnce();
    expect(await screen.findByText(/^The PNG image could not be made: the image could not be decoded\./)).toHaveAttribute("role", "status");
    await userEvent.click(screen.getByRole("button", { name: "Table" }));
    expect(screen.getByText("the table")).toBeVisible();
  });

  it("offers SVG and PNG only when there is a chart to export", async () => {
    setup();
    await userEvent.click(screen.getByRole("button", { name: "Download" }));
    expect(screen.queryByRole("button", { name: "SVG" })).toBeNull();
    expect(screen.queryByRole("button", { name: "PNG" })).toBeNull();
  });
});
