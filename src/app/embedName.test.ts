import { describe, expect, it } from "vitest";
import { embedNameFrom } from "./embedName";

describe("embedNameFrom", () => {
  it("finds the view name under the base path", () => {
    expect(embedNameFrom("/embed/chart/", "/")).toBe("chart");
    expect(embedNameFrom("/ledger/embed/trades", "/ledger/")).toBe("trades");
    expect(embedNameFrom("/embed/", "/")).toBe("");
    expect(embedNameFrom("/ledger/kk/embed/trades/", "/ledger/")).toBe("trades");
  });

  it("is null outside /embed/", () => {
    expect(embedNameFrom("/about", "/")).toBeNull();
    expect(embedNameFrom("/embed/trade", "/ledger/")).toBeNull();
  });

  it("decodes, and survives malformed escapes", () => {
    expect(embedNameFrom("/embed/%3Cscript%3E", "/")).toBe("<script>");
    expect(embedNameFrom("/embed/%E0%A4%A", "/")).toBe("%E0%A4%A");
  });
});
