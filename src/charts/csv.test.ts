import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  const columns = [
    { header: "year", value: (r: { year: number; note: string | null }) => r.year },
    { header: "note", value: (r: { year: number; note: string | null }) => r.note },
  ];

  it("writes a header and one line per row, CRLF-terminated", () => {
    expect(toCsv([{ year: 1992, note: "first" }], columns)).toBe("year,note\r\n1992,first\r\n");
  });

  it("quotes commas, quotes and newlines, and leaves missing cells empty", () => {
    const csv = toCsv(
      [
        { year: 2013, note: 'said "over $28bn", roughly\nthen' },
        { year: 2014, note: null },
      ],
      columns,
    );
    expect(csv).toBe('year,note\r\n2013,"said ""over $28bn"", roughly\nthen"\r\n2014,\r\n');
  });

  it("defuses spreadsheet formulas in text", () => {
    expect(toCsv([{ year: 1, note: '=HYPERLINK("x")' }], columns)).toBe('year,note\r\n1,"\'=HYPERLINK(""x"")"\r\n');
    expect(toCsv([{ year: -5, note: "-2%" }], columns)).toBe("year,note\r\n-5,'-2%\r\n");
  });
});
