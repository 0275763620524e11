import { describe, expect, it } from "vitest";
import { amountAxis } from "./amounts";

describe("amount axes", () => {
  it("puts every count on one nice zero-based axis", () => {
    expect(amountAxis(42_800)).toEqual({ max: 50_000, ticks: [0, 10_000, 20_000, 30_000, 40_000, 50_000] });
    expect(amountAxis(1_804.1).max).toBe(2_000);
  });
});
