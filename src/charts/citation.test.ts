import { describe, expect, it } from "vitest";
import { formatters } from "../lib/format";
import { translator } from "../lib/i18n";
import { citations } from "./citation";

const t = translator("en");
const fmt = formatters("en");
const base = {
  viewId: "investment",
  title: "Chinese investment",
  url: "https://example.org/?sectors=mining#view-investment",
  release: { version: "2026.12.04", updated: "2026-12-04" },
  accessed: "2027-01-15",
  sources: "AidData; S&P {Global} 100% _raw_",
};

describe("citations", () => {
  it("escapes what would break a BibTeX entry, and keeps the text of the others as it is", () => {
    const { bibtex, apa, ris } = citations(base, t, fmt);
    expect(bibtex).toContain(
      "note = {Data version 2026.12.04, updated 2026-12-04. Data sources: AidData; S\\&P \\{Global\\} 100\\% \\_raw\\_.}",
    );
    expect(bibtex).toContain("urldate = {2027-01-15},");
    expect(apa).toBe(
      "Silk Road Ledger. (2026). Chinese investment [Data set, version 2026.12.04]. Retrieved January 15, 2027, from https://example.org/?sectors=mining#view-investment. Data sources: AidData; S&P {Global} 100% _raw_.",
    );
    expect(ris.endsWith("ER  - \r\n")).toBe(true);
    expect(ris).toContain("DA  - 2026/12/04\r\n");
    expect(ris).toContain("Y2  - 2027/01/15\r\n");
  });

  it("says the version is unknown, and dates by the access, before the data's release has loaded", () => {
    const { apa, chicago, ris } = citations({ ...base, release: null }, t, fmt);
    expect(apa).toContain("(2027). Chinese investment [Data set, version unknown].");
    expect(chicago).toContain("Data version unknown, updated unknown.");
    expect(ris).not.toContain("DA  - ");
  });
});
