import { describe, expect, it } from "vitest";
import type { Source } from "../data/schemas/sources";
import { toCsv } from "./csv";
import { sourceCsvColumns } from "./sourceColumns";

const sources = [
  { id: "imf-dots", publisher: "International Monetary Fund", url: "https://data.imf.org/", tier: "primary" },
  { id: "no-url", publisher: "Xinhua", tier: "reprint" },
] as unknown as Source[];

describe("sourceCsvColumns", () => {
  it("writes ids, publishers, URLs and tiers, keeping an unknown id as its own name, with no tier", () => {
    const rows = [{ ids: ["imf-dots", "no-url", "unknown"] }];
    expect(
      toCsv(
        rows,
        sourceCsvColumns(sources, (r) => r.ids),
      ),
    ).toBe(
      "source_ids,sources,source_urls,source_tiers\r\nimf-dots; no-url; unknown,International Monetary Fund; Xinhua; unknown,https://data.imf.org/,primary; reprint; \r\n",
    );
  });
});
