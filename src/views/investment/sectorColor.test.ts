import { describe, expect, it } from "vitest";
import { sectorColors } from "./sectorColor";

describe("sectorColors", () => {
  it("keeps the unit chart's colours, in its legend's order, the unattributed rest taking none", () => {
    const colors = sectorColors(["transport-logistics", "mining", null]);
    expect([...colors]).toEqual([
      ["transport-logistics", "var(--cat-1)"],
      ["mining", "var(--cat-2)"],
    ]);
  });

  it("gives the deal filter's other sectors the hues left, then hues no other filter sector has", () => {
    // The shipped data: five sectors drawn, then four more with deals only.
    const drawn = ["transport-logistics", "mining", "finance", "construction", "manufacturing", null] as const;
    const more = ["oil-gas", "refining", "mining", "renewables", "transport-logistics", "other"] as const;
    const colors = sectorColors(drawn, more);
    expect(colors.get("mining")).toBe("var(--cat-2)");
    expect(colors.get("oil-gas")).toBe("var(--cat-6)");
    expect(colors.get("refining")).toBe("var(--cat-7)");
    expect(colors.get("renewables")).toBe("var(--cat-3)");
    expect(colors.get("other")).toBe("var(--cat-4)");
    const filter = more.map((s) => colors.get(s));
    expect(new Set(filter).size).toBe(more.length);
  });

  it("repeats hues only once the palette is spent", () => {
    const more = ["oil-gas", "refining", "mining", "power", "renewables", "transport-logistics", "finance", "manufacturing"] as const;
    const colors = sectorColors([], more);
    expect(more.slice(0, 7).map((s) => colors.get(s))).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `var(--cat-${n})`));
    expect(colors.get("manufacturing")).toMatch(/^var\(--cat-[1-7]\)$/);
  });
});
